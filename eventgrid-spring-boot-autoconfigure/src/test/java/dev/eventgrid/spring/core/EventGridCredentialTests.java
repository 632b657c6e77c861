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

package dev.eventgrid.spring.core;

import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.azure.core.credential.AccessToken;
import com.azure.core.credential.AzureKeyCredential;
import com.azure.core.credential.AzureSasCredential;
import com.azure.core.credential.TokenCredential;
import dev.eventgrid.spring.EventGridAuthenticationException;
import dev.eventgrid.spring.credential.EventGridCredential;
import dev.eventgrid.spring.credential.EventGridSas;
import dev.eventgrid.spring.event.CloudEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests of each credential kind against the emulator's real authentication.
 *
 * @author Event Grid for Spring Boot team
 */
class EventGridCredentialTests {

	@RegisterExtension
	static final EmulatorFixture fixture = new EmulatorFixture();

	@Test
	void wrongAccessKeyIsRefusedByTheServiceWithoutShowingTheKey() {
		String wrongKey = randomKey();
		EventGridTemplate template = template(EventGridCredential.accessKey(wrongKey));

		assertThatExceptionOfType(EventGridAuthenticationException.class).isThrownBy(() -> template.send(event()))
			.satisfies((ex) -> {
				assertThat(ex.getStatusCode()).isEqualTo(401);
				assertThat(ex.getMessage()).contains("check the access key for this topic").doesNotContain(wrongKey);
			});
	}

	@Test
	void rotatedAccessKeyIsUsedFromTheNextRequest() {
		AzureKeyCredential key = new AzureKeyCredential(randomKey());
		EventGridTemplate template = template(EventGridCredential.accessKey(key));
		assertThatExceptionOfType(EventGridAuthenticationException.class).isThrownBy(() -> template.send(event()));

		key.update(fixture.emulator.keys(EmulatorFixture.CE).get(1));

		assertThat(template.send(event()).eventCount()).isOne();
	}

	@Test
	void refreshedSasTokenIsUsedFromTheNextRequest() {
		String endpoint = fixture.emulator.httpsEndpoint(EmulatorFixture.CE);
		AzureSasCredential sas = new AzureSasCredential(
				EventGridSas.generateSas(endpoint, randomKey(), OffsetDateTime.now().plusHours(1)));
		EventGridTemplate template = template(EventGridCredential.sasToken(sas));
		assertThatExceptionOfType(EventGridAuthenticationException.class).isThrownBy(() -> template.send(event()))
			.withMessageContaining("check the SAS token for this topic");

		sas.update(EventGridSas.generateSas(endpoint, fixture.emulator.key(EmulatorFixture.CE),
				OffsetDateTime.now().plusHours(1)));

		assertThat(template.send(event()).eventCount()).isOne();
	}

	@Test
	void tokenIsFetchedOnceForManyConcurrentSends() {
		AtomicInteger fetches = new AtomicInteger();
		TokenCredential counting = (context) -> Mono.fromSupplier(() -> {
			fetches.incrementAndGet();
			assertThat(context.getScopes()).containsExactly("https://eventgrid.azure.net/.default");
			return new AccessToken(fixture.emulator.issueAccessToken(), OffsetDateTime.now().plusHours(1));
		}).delaySubscription(java.time.Duration.ofMillis(50));
		ReactiveEventGridTemplate template = new ReactiveEventGridTemplate(fixture.publisher(EmulatorFixture.CE)
			.credential(EventGridCredential.tokenCredential(counting))
			.build());

		List<SendResult> results = Flux.range(0, 40)
			.flatMap((i) -> template.send(event()).subscribeOn(Schedulers.parallel()), 40)
			.collectList()
			.block();

		assertThat(results).hasSize(40);
		assertThat(fetches).hasValue(1);
		assertThat(fixture.emulator.receivedEvents(EmulatorFixture.CE)).hasSize(40);
		assertThat(fixture.emulator.receivedEvents(EmulatorFixture.CE).get(0).headers().first("Authorization"))
			.startsWith("Bearer ");
	}

	@Test
	void tokenFromAnotherIssuerIsRefusedByTheService() {
		TokenCredential foreign = (context) -> Mono.just(
				new AccessToken("eyJhbGciOiJSUzI1NiJ9.eyJhdWQiOiJodHRwczovL2V2ZW50Z3JpZC5henVyZS5uZXQifQ.c2lnbmF0dXJl",
						OffsetDateTime.now().plusHours(1)));

		assertThatExceptionOfType(EventGridAuthenticationException.class)
			.isThrownBy(() -> template(EventGridCredential.tokenCredential(foreign)).send(event()))
			.satisfies((ex) -> assertThat(ex.getStatusCode()).isEqualTo(401))
			.withMessageNotContaining("c2lnbmF0dXJl");
	}

	private static EventGridTemplate template(EventGridCredential credential) {
		return new EventGridTemplate(
				new ReactiveEventGridTemplate(fixture.publisher(EmulatorFixture.CE).credential(credential).build()));
	}

	private static CloudEvent event() {
		return CloudEvent.builder().source("/s").type("t").data(1).build();
	}

	private static String randomKey() {
		byte[] bytes = new byte[32];
		new SecureRandom().nextBytes(bytes);
		return Base64.getEncoder().encodeToString(bytes);
	}

}
