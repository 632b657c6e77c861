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

package dev.eventgrid.spring.autoconfigure.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import dev.eventgrid.emulator.identity.EntraDirectory;
import dev.eventgrid.emulator.identity.TokenRequest;
import dev.eventgrid.emulator.model.ReceivedEvent;
import dev.eventgrid.spring.core.ReactiveEventGridOperations;
import dev.eventgrid.spring.core.SendResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A client secret credential with the short-lived tokens of the emulator's authority: the
 * token is refreshed before it expires, with one token request however many sends are in
 * flight.
 *
 * @author Event Grid for Spring Boot team
 */
class TokenRefreshTests {

	// why: azure-core's token cache refreshes a token it considers due at most every 30
	// seconds; a 60-second token is due at once (less than the 5-minute refresh offset of
	// MSAL and azure-core), so the first refresh comes 30 seconds after the first token.
	private static final Duration LIFETIME = Duration.ofSeconds(60);

	private static final Duration REFRESH_DELAY = Duration.ofSeconds(30);

	private static final int CONCURRENT_SENDS = 16;

	@RegisterExtension
	static final IdentityEmulator identity = new IdentityEmulator(EntraDirectory.create().tokenLifetime(LIFETIME));

	@Test
	void tokenIsRefreshedBeforeItExpiresWithOneRequestUnderConcurrentSends() {
		identity.contextRunner().withPropertyValues(identity.clientSecretProperties()).run((context) -> {
			ReactiveEventGridOperations eventGrid = context.getBean(ReactiveEventGridOperations.class);
			sendConcurrently(eventGrid);
			Instant firstToken = identity.emulator.authority().tokenRequests().get(0).time();
			Instant firstExpiry = firstToken.plus(LIFETIME);
			await().atMost(REFRESH_DELAY.plusSeconds(10))
				.until(() -> Instant.now().isAfter(firstToken.plus(REFRESH_DELAY).plusSeconds(1)));

			sendConcurrently(eventGrid);

			List<TokenRequest> requests = identity.emulator.authority().tokenRequests();
			assertThat(requests).hasSize(2).allMatch(TokenRequest::issued);
			assertThat(requests.get(1).time()).isBefore(firstExpiry);
			List<ReceivedEvent> received = identity.emulator.receivedEvents(IdentityEmulator.TOPIC);
			assertThat(received).hasSize(2 * CONCURRENT_SENDS);
			Set<String> tokens = received.stream()
				.map((event) -> event.headers().first("Authorization"))
				.collect(Collectors.toSet());
			assertThat(tokens).hasSize(2);
		});
	}

	private static void sendConcurrently(ReactiveEventGridOperations eventGrid) {
		List<SendResult> results = Flux.range(0, CONCURRENT_SENDS)
			.flatMap((i) -> eventGrid.send(IdentityEmulator.event()).subscribeOn(Schedulers.parallel()),
					CONCURRENT_SENDS)
			.collectList()
			.block(Duration.ofSeconds(20));
		assertThat(results).hasSize(CONCURRENT_SENDS);
	}

}
