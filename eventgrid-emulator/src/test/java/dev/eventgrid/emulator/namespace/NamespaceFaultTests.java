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

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import dev.eventgrid.emulator.EventGridEmulator;
import dev.eventgrid.emulator.namespace.NamespaceClient.Received;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static dev.eventgrid.emulator.namespace.NamespaceClient.event;
import static dev.eventgrid.emulator.namespace.NamespaceClient.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The fault plan of a namespace applies to every operation, as the topics' plan does to
 * publishing: failures with a retry hint, delays and dropped connections.
 *
 * @author Event Grid for Spring Boot team
 */
class NamespaceFaultTests {

	private static EventGridEmulator emulator;

	private static NamespaceClient client;

	@BeforeAll
	static void startEmulator() {
		emulator = EventGridEmulator.builder()
			.namespaceTimeScale(100)
			.namespace(NamespaceDefinition.named("contoso")
				.topic("orders", NamespaceSubscription.named("workers"))
				.topic("billing", NamespaceSubscription.named("workers")))
			.start();
		client = NamespaceClient.of(emulator, "contoso");
	}

	@AfterAll
	static void stopEmulator() {
		emulator.close();
	}

	@BeforeEach
	void reset() {
		emulator.clear();
		emulator.namespace("contoso").faults().clear();
	}

	@Test
	void failsTheNextOperationsWithTheStatusAndRetryHintThenRecovers() {
		emulator.namespace("contoso").faults().failNext(2, 503, Duration.ofSeconds(3));
		HttpResponse<String> publish = client.publish("orders", event("1", "t", "/s"));
		assertThat(publish.statusCode()).isEqualTo(503);
		assertThat(publish.headers().firstValue("Retry-After")).hasValue("3");
		assertThat(json(publish).at("/error/code").stringValue()).isEqualTo("ServiceUnavailable");
		assertThat(client.receive("orders", "workers", "").statusCode()).isEqualTo(503);
		assertThat(client.publish("orders", event("1", "t", "/s")).statusCode()).isEqualTo(200);
		assertThat(emulator.namespace("contoso").receivedEvents("orders")).hasSize(1);
	}

	@Test
	void appliesTopicScopedRulesToThatTopicOnly() {
		emulator.namespace("contoso").faults("billing").failNext(1, 429);
		assertThat(client.publish("orders", event("1", "t", "/s")).statusCode()).isEqualTo(200);
		assertThat(client.settle("billing", "workers", "acknowledge", "", "RUdhYmNkZWZnaGlqa2xtbm9w").statusCode())
			.isEqualTo(429);
		assertThat(client.publish("billing", event("2", "t", "/s")).statusCode()).isEqualTo(200);
	}

	@Test
	void delaysTheAnswerOfAnOperationThatIsCarriedOutAtOnce() {
		emulator.namespace("contoso").faults().delayNext(1, Duration.ofMillis(400));
		long start = System.nanoTime();
		assertThat(client.publish("orders", event("1", "t", "/s")).statusCode()).isEqualTo(200);
		assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isGreaterThanOrEqualTo(390L);
	}

	@Test
	void dropsTheConnectionBeforeReadingSoNothingIsPublished() {
		emulator.namespace("contoso").faults().dropConnectionBeforeResponse(1);
		assertThatIllegalStateException().isThrownBy(() -> client.publish("orders", event("1", "t", "/s")))
			.withCauseInstanceOf(IOException.class);
		assertThat(emulator.namespace("contoso").receivedEvents("orders")).isEmpty();
	}

	@Test
	void dropsTheConnectionAfterLockingSoTheEventReturnsWhenTheLockExpires() throws Exception {
		client.publish("orders", event("1", "t", "/s"));
		emulator.namespace("contoso").faults().dropConnectionAfterAccept(1);
		assertThatIllegalStateException().isThrownBy(() -> client.receive("orders", "workers", ""))
			.withCauseInstanceOf(IOException.class);
		assertThat(emulator.namespace("contoso").subscription("orders", "workers").lockedCount()).isOne();
		HttpResponse<String> again = client.receiveAsync("orders", "workers", "maxWaitTime=120")
			.get(10, TimeUnit.SECONDS);
		assertThat(Received.of(json(again))).extracting(Received::deliveryCount).containsExactly(2);
	}

}
