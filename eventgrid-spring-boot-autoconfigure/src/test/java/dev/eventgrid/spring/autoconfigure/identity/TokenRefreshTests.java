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
import dev.eventgrid.emulator.model.RecordedRequest;
import dev.eventgrid.spring.core.ReactiveEventGridOperations;
import dev.eventgrid.spring.core.SendResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.publisher.Flux;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client secret credential with the short-lived tokens of the emulator's authority: the
 * token is refreshed before it expires, with one token request however many sends are in
 * flight, and no send under steady load meets an expired token (no 401).
 *
 * @author Event Grid for Spring Boot team
 */
class TokenRefreshTests {

	// why: azure-core's token cache refreshes a token it considers due at most every 30
	// seconds; a 60-second token is due at once (less than the 5-minute refresh offset of
	// MSAL and azure-core), so the first refresh comes 30 seconds after the first token.
	private static final Duration LIFETIME = Duration.ofSeconds(60);

	private static final Duration REFRESH_DELAY = Duration.ofSeconds(30);

	private static final Duration INTERVAL = Duration.ofMillis(100);

	// Sends until two seconds past the refresh: every send before it and after it.
	private static final int SENDS = (int) (REFRESH_DELAY.plusSeconds(2).toMillis() / INTERVAL.toMillis());

	private static final int MAX_IN_FLIGHT = 16;

	@RegisterExtension
	static final IdentityEmulator identity = new IdentityEmulator(EntraDirectory.create().tokenLifetime(LIFETIME));

	@Test
	void tokenIsRefreshedBeforeItExpiresWithOneRequestUnderSteadyConcurrentSends() {
		identity.contextRunner().withPropertyValues(identity.clientSecretProperties()).run((context) -> {
			ReactiveEventGridOperations eventGrid = context.getBean(ReactiveEventGridOperations.class);

			List<SendResult> results = Flux.interval(INTERVAL)
				.take(SENDS)
				.flatMap((i) -> eventGrid.send(IdentityEmulator.event()), MAX_IN_FLIGHT)
				.collectList()
				.block(REFRESH_DELAY.plusSeconds(30));

			assertThat(results).hasSize(SENDS);
			List<TokenRequest> requests = identity.emulator.authority().tokenRequests();
			assertThat(requests).hasSize(2).allMatch(TokenRequest::issued);
			Instant firstToken = requests.get(0).time();
			assertThat(requests.get(1).time()).isAfter(firstToken.plus(REFRESH_DELAY).minusSeconds(1))
				.isBefore(firstToken.plus(LIFETIME));
			assertThat(identity.emulator.requests()).extracting(RecordedRequest::status).containsOnly(200);
			List<ReceivedEvent> received = identity.emulator.receivedEvents(IdentityEmulator.TOPIC);
			assertThat(received).hasSize(SENDS);
			Set<String> tokens = received.stream()
				.map((event) -> event.headers().first("Authorization"))
				.collect(Collectors.toSet());
			assertThat(tokens).hasSize(2);
		});
	}

}
