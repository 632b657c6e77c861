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

import dev.eventgrid.emulator.namespace.NamespaceClient.Received;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The fault plan of a namespace applies to every operation, as the topics' plan does to
 * publishing: failures with a retry hint, delays and dropped connections.
 *
 * @author Event Grid for Spring Boot team
 */
class NamespaceFaultTests {

	@RegisterExtension
	static final RunningNamespaceEmulator running = new RunningNamespaceEmulator(
			(builder) -> builder.namespaceTimeScale(100)
				.namespace(NamespaceDefinition.named("contoso")
					.topic("orders", NamespaceSubscription.named("workers"))
					.topic("billing", NamespaceSubscription.named("workers"))));

	@Test
	void failsTheNextOperationsWithTheStatusAndRetryHintThenRecovers() {
		running.emulator().namespace("contoso").faults().failNext(2, 503, Duration.ofSeconds(3));
		HttpResponse<String> publish = running.client().publish("orders", NamespaceClient.event("1", "t", "/s"));
		assertThat(publish.statusCode()).isEqualTo(503);
		assertThat(publish.headers().firstValue("Retry-After")).hasValue("3");
		assertThat(NamespaceClient.json(publish).at("/error/code").stringValue()).isEqualTo("ServiceUnavailable");
		assertThat(running.client().receive("orders", "workers", "").statusCode()).isEqualTo(503);
		assertThat(running.client().publish("orders", NamespaceClient.event("1", "t", "/s")).statusCode())
			.isEqualTo(200);
		assertThat(running.emulator().namespace("contoso").receivedEvents("orders")).hasSize(1);
	}

	@Test
	void appliesTopicScopedRulesToThatTopicOnly() {
		running.emulator().namespace("contoso").faults("billing").failNext(1, 429);
		assertThat(running.client().publish("orders", NamespaceClient.event("1", "t", "/s")).statusCode())
			.isEqualTo(200);
		assertThat(running.client()
			.settle("billing", "workers", "acknowledge", "", "RUdhYmNkZWZnaGlqa2xtbm9w")
			.statusCode()).isEqualTo(429);
		assertThat(running.client().publish("billing", NamespaceClient.event("2", "t", "/s")).statusCode())
			.isEqualTo(200);
	}

	@Test
	void delaysTheAnswerOfAnOperationThatIsCarriedOutAtOnce() {
		running.emulator().namespace("contoso").faults().delayNext(1, Duration.ofMillis(400));
		long start = System.nanoTime();
		assertThat(running.client().publish("orders", NamespaceClient.event("1", "t", "/s")).statusCode())
			.isEqualTo(200);
		assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isGreaterThanOrEqualTo(390L);
	}

	@Test
	void dropsTheConnectionBeforeReadingSoNothingIsPublished() {
		running.emulator().namespace("contoso").faults().dropConnectionBeforeResponse(1);
		assertThatIllegalStateException()
			.isThrownBy(() -> running.client().publish("orders", NamespaceClient.event("1", "t", "/s")))
			.withCauseInstanceOf(IOException.class);
		assertThat(running.emulator().namespace("contoso").receivedEvents("orders")).isEmpty();
	}

	@Test
	void dropsTheConnectionAfterLockingSoTheEventReturnsWhenTheLockExpires() throws Exception {
		running.client().publish("orders", NamespaceClient.event("1", "t", "/s"));
		running.emulator().namespace("contoso").faults().dropConnectionAfterAccept(1);
		assertThatIllegalStateException().isThrownBy(() -> running.client().receive("orders", "workers", ""))
			.withCauseInstanceOf(IOException.class);
		assertThat(running.emulator().namespace("contoso").subscription("orders", "workers").lockedCount()).isOne();
		HttpResponse<String> again = running.client()
			.receiveAsync("orders", "workers", "maxWaitTime=120")
			.get(10, TimeUnit.SECONDS);
		assertThat(Received.of(NamespaceClient.json(again))).extracting(Received::deliveryCount).containsExactly(2);
	}

}
