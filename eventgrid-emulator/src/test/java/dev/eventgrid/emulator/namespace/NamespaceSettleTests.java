/*
 * Copyright 2026-present the original author or authors.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

package dev.eventgrid.emulator.namespace;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.eventgrid.emulator.namespace.NamespaceClient.Received;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Settling received events: acknowledge, release (with the allowed delays), reject and
 * renew lock, each answered per lock token; and the dead-letter records of rejected,
 * over-delivered and expired events. The emulator runs 100 times faster than the service.
 *
 * @author Event Grid for Spring Boot team
 */
class NamespaceSettleTests {

	private static final Duration WAIT = Duration.ofSeconds(10);

	@RegisterExtension
	static final RunningNamespaceEmulator running = new RunningNamespaceEmulator((builder) -> builder
		.namespaceTimeScale(100)
		.namespace(NamespaceDefinition.named("contoso")
			.topic("orders", NamespaceSubscription.named("workers").lockDuration(Duration.ofSeconds(300)),
					NamespaceSubscription.named("once").maxDeliveryCount(1),
					NamespaceSubscription.named("twice").maxDeliveryCount(2).lockDuration(Duration.ofSeconds(300)),
					NamespaceSubscription.named("brief").eventTimeToLive(Duration.ofMinutes(1)))));

	@Test
	void acknowledgesEventsForGoodAndFailsTheSameTokenAfterwardsWithTokenLost() {
		running.client()
			.publish("orders", NamespaceClient.event("1", "t", "/s"), NamespaceClient.event("2", "t", "/s"));
		List<Received> received = running.client().receiveEvents("orders", "workers", 2);
		HttpResponse<String> first = running.client()
			.settle("orders", "workers", "acknowledge", "", received.get(0).lockToken());
		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(NamespaceClient.json(first)).isEqualTo(NamespaceClient.MAPPER
			.readTree("{\"failedLockTokens\":[],\"succeededLockTokens\":[\"" + received.get(0).lockToken() + "\"]}"));
		HttpResponse<String> partial = running.client()
			.settle("orders", "workers", "acknowledge", "", received.get(0).lockToken(), received.get(1).lockToken());
		assertThat(partial.statusCode()).isEqualTo(200);
		JsonNode result = NamespaceClient.json(partial);
		assertThat(result.at("/succeededLockTokens/0").stringValue()).isEqualTo(received.get(1).lockToken());
		assertThat(result.at("/failedLockTokens/0/lockToken").stringValue()).isEqualTo(received.get(0).lockToken());
		assertThat(result.at("/failedLockTokens/0/error/code").stringValue()).isEqualTo("TokenLost");
		assertThat(result.at("/failedLockTokens/0/error/message").stringValue()).isEqualTo("Token has expired.");
		assertThat(running.emulator().namespace("contoso").subscription("orders", "workers").size()).isZero();
	}

	@Test
	void answers200WithEveryTokenFailedWhenNoneSucceeds() {
		HttpResponse<String> response = running.client()
			.settle("orders", "workers", "reject", "", "not a token", "RUdhYmNkZWZnaGlqa2xtbm9w");
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode result = NamespaceClient.json(response);
		assertThat(result.get("succeededLockTokens")).isEmpty();
		assertThat(result.at("/failedLockTokens/0/error/code").stringValue()).isEqualTo("BadToken");
		assertThat(result.at("/failedLockTokens/1/error/code").stringValue()).isEqualTo("TokenLost");
	}

	@Test
	void refusesABodyWithoutLockTokens() {
		for (String body : List.of("", "{}", "{\"lockTokens\":[]}", "{\"lockTokens\":[1]}", "[]", "{")) {
			HttpResponse<String> response = running.client()
				.send(running.client()
					.post("/topics/orders/eventsubscriptions/workers:acknowledge", "", body)
					.header("Content-Type", "application/json"));
			assertThat(response.statusCode()).as(body).isEqualTo(400);
		}
	}

	@Test
	void releasesAnEventForImmediateRedeliveryWithAHigherDeliveryCount() {
		running.client().publish("orders", NamespaceClient.event("1", "t", "/s"));
		Received first = running.client().receiveEvents("orders", "workers", 1).get(0);
		HttpResponse<String> released = running.client().settle("orders", "workers", "release", "", first.lockToken());
		assertThat(NamespaceClient.json(released).get("succeededLockTokens")).hasSize(1);
		Received second = running.client().receiveEvents("orders", "workers", 1).get(0);
		assertThat(second.id()).isEqualTo("1");
		assertThat(second.deliveryCount()).isEqualTo(2);
	}

	@Test
	void releasesWithADelayDuringWhichTheEventCannotBeReceived() throws Exception {
		running.client().publish("orders", NamespaceClient.event("1", "t", "/s"));
		Received first = running.client().receiveEvents("orders", "workers", 1).get(0);
		assertThat(running.client()
			.settle("orders", "workers", "release", "releaseDelayInSeconds=60", first.lockToken())
			.statusCode()).isEqualTo(200);
		long released = System.nanoTime();
		assertThat(running.client().receiveEvents("orders", "workers", 1)).isEmpty();
		HttpResponse<String> later = running.client()
			.receiveAsync("orders", "workers", "maxWaitTime=120")
			.get(10, TimeUnit.SECONDS);
		assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - released)).isGreaterThanOrEqualTo(550L);
		assertThat(Received.of(NamespaceClient.json(later))).extracting(Received::deliveryCount).containsExactly(2);
	}

	@Test
	void refusesAReleaseDelayThatIsNotOneOfTheFiveOrNeedsANewerApiVersion() {
		for (String delay : List.of("5", "30", "-1", "ten")) {
			HttpResponse<String> response = running.client()
				.settle("orders", "workers", "release", "releaseDelayInSeconds=" + delay, "RUdhYmNkZWZnaGlqa2xtbm9w");
			assertThat(response.statusCode()).as(delay).isEqualTo(400);
			assertThat(NamespaceClient.json(response).at("/error/message").stringValue())
				.contains("0, 10, 60, 600 and 3600");
		}
		HttpResponse<String> old = running.client()
			.withApiVersion("2023-11-01")
			.settle("orders", "workers", "release", "releaseDelayInSeconds=10", "RUdhYmNkZWZnaGlqa2xtbm9w");
		assertThat(old.statusCode()).isEqualTo(400);
		assertThat(running.client()
			.withApiVersion("2023-10-01-preview")
			.settle("orders", "workers", "release", "releaseDelayInSeconds=10", "RUdhYmNkZWZnaGlqa2xtbm9w")
			.statusCode()).isEqualTo(200);
	}

	@Test
	void rejectsAnEventIntoTheDeadLetters() throws Exception {
		Instant published = Instant.now();
		running.client().publish("orders", NamespaceClient.event("1", "t", "/s"));
		Received received = running.client().receiveEvents("orders", "workers", 1).get(0);
		assertThat(
				NamespaceClient.json(running.client().settle("orders", "workers", "reject", "", received.lockToken()))
					.get("succeededLockTokens"))
			.hasSize(1);
		PullSubscription workers = running.emulator().namespace("contoso").subscription("orders", "workers");
		DeadLetteredCloudEvent dead = workers.awaitDeadLetteredEvents(1, WAIT).get(0);
		assertThat(dead.eventId()).isEqualTo("1");
		assertThat(dead.deadLetterReason()).isEqualTo(LockingQueue.REJECTED_REASON);
		assertThat(dead.deliveryAttempts()).isOne();
		assertThat(dead.publishTime()).isAfterOrEqualTo(published.minusSeconds(1));
		assertThat(dead.lastDeliveryAttemptTime()).isAfterOrEqualTo(dead.publishTime());
		assertThat(dead.toJson().get("event")).isEqualTo(NamespaceClient.event("1", "t", "/s"));
		assertThat(running.client().receiveEvents("orders", "workers", 1)).isEmpty();
	}

	@Test
	void deadLettersAnEventWhoseLockExpiresAtTheMaximumDeliveryCount() throws Exception {
		running.client().publish("orders", NamespaceClient.event("1", "t", "/s"));
		assertThat(running.client().receiveEvents("orders", "once", 1)).hasSize(1);
		DeadLetteredCloudEvent dead = running.emulator()
			.namespace("contoso")
			.subscription("orders", "once")
			.awaitDeadLetteredEvents(1, WAIT)
			.get(0);
		JsonNode properties = dead.toJson().get("deadLetterProperties");
		assertThat(properties.get("deadletterreason").stringValue())
			.isEqualTo("Maximum delivery attempts was exceeded.");
		assertThat(properties.get("deliveryattempts").asInt()).isOne();
		assertThat(properties.get("deliveryresult").stringValue())
			.isEqualTo("Event was not acknowledged nor rejected.");
		assertThat(properties.get("publishutc").stringValue()).endsWith("Z");
		assertThat(properties.get("deliveryattemptutc").stringValue()).endsWith("Z");
		assertThat(running.client().receiveEvents("orders", "once", 1)).isEmpty();
	}

	@Test
	void deadLettersAnEventReleasedAtTheMaximumDeliveryCount() throws Exception {
		running.client().publish("orders", NamespaceClient.event("1", "t", "/s"));
		running.client()
			.settle("orders", "twice", "release", "",
					running.client().receiveEvents("orders", "twice", 1).get(0).lockToken());
		running.client()
			.settle("orders", "twice", "release", "",
					running.client().receiveEvents("orders", "twice", 1).get(0).lockToken());
		DeadLetteredCloudEvent dead = running.emulator()
			.namespace("contoso")
			.subscription("orders", "twice")
			.awaitDeadLetteredEvents(1, WAIT)
			.get(0);
		assertThat(dead.deliveryAttempts()).isEqualTo(2);
		assertThat(dead.deliveryResult()).isEqualTo(LockingQueue.RELEASED_RESULT);
	}

	@Test
	void deadLettersAnEventThatOutlivesItsTimeToLive() throws Exception {
		running.client().publish("orders", NamespaceClient.event("1", "t", "/s"));
		DeadLetteredCloudEvent dead = running.emulator()
			.namespace("contoso")
			.subscription("orders", "brief")
			.awaitDeadLetteredEvents(1, WAIT)
			.get(0);
		assertThat(dead.deadLetterReason()).isEqualTo(LockingQueue.TIME_TO_LIVE_REASON);
		assertThat(dead.deliveryAttempts()).isZero();
		assertThat(dead.lastDeliveryAttemptTime()).isNull();
		assertThat(dead.toJson().get("deadLetterProperties").has("deliveryattemptutc")).isFalse();
		assertThat(running.emulator().namespace("contoso").subscription("orders", "workers").size()).isOne();
	}

	@Test
	void renewsALockSoThatItOutlastsTheLockDuration() throws Exception {
		running.client().publish("orders", NamespaceClient.event("1", "t", "/s"));
		Received received = running.client().receiveEvents("orders", "once", 1).get(0);
		for (int i = 0; i < 4; i++) {
			HttpResponse<String> renewed = running.client()
				.settle("orders", "once", "renewLock", "", received.lockToken());
			assertThat(NamespaceClient.json(renewed).get("succeededLockTokens")).as(renewed.body()).hasSize(1);
			running.client().receive("orders", "once", "maxWaitTime=30");
		}
		HttpResponse<String> acknowledged = running.client()
			.settle("orders", "once", "acknowledge", "", received.lockToken());
		assertThat(NamespaceClient.json(acknowledged).get("succeededLockTokens")).hasSize(1);
		assertThat(running.emulator().namespace("contoso").subscription("orders", "once").deadLetteredEvents())
			.isEmpty();
	}

	@Test
	void refusesRenewLockBeforeTheApiVersionsThatHaveIt() {
		for (String version : List.of("2023-06-01-preview", "2023-11-01")) {
			HttpResponse<String> response = running.client()
				.withApiVersion(version)
				.settle("orders", "workers", "renewLock", "", "RUdhYmNkZWZnaGlqa2xtbm9w");
			assertThat(response.statusCode()).as(version).isEqualTo(400);
			assertThat(NamespaceClient.json(response).at("/error/message").stringValue()).contains("renewLock");
		}
	}

}
