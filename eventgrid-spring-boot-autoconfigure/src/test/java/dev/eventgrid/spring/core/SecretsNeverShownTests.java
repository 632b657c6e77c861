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

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import com.azure.core.credential.AccessToken;
import com.azure.core.credential.TokenCredential;
import dev.eventgrid.spring.EventGridException;
import dev.eventgrid.spring.autoconfigure.EventGridAutoConfiguration;
import dev.eventgrid.spring.credential.EventGridCredential;
import dev.eventgrid.spring.credential.EventGridSas;
import dev.eventgrid.spring.event.CloudEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.publisher.Mono;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.http.client.autoconfigure.reactive.ClientHttpConnectorBuilderCustomizer;
import org.springframework.boot.http.client.autoconfigure.reactive.ReactiveHttpClientAutoConfiguration;
import org.springframework.boot.http.client.reactive.ReactorClientHttpConnectorBuilder;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Sends with each credential kind, accepted and refused, the refusals including one whose
 * error body repeats the credential, and finds no key, SAS signature or bearer token in
 * any log line, exception message or {@code toString()}, in any form
 * ({@link SecretLeaks}): once with a bare publisher and every logger at TRACE, once in an
 * auto-configured application whose WebClient has Reactor Netty's wiretap on, with
 * Reactor Netty's and Spring's HTTP client loggers at TRACE.
 *
 * @author Event Grid for Spring Boot team
 */
class SecretsNeverShownTests {

	@RegisterExtension
	static final EmulatorFixture fixture = new EmulatorFixture();

	private final SecretLeaks leaks = new SecretLeaks();

	@AfterEach
	void stopCapturing() {
		this.leaks.stopCapturing();
	}

	@Test
	void noSecretShowsWithABarePublisher() {
		Credentials credentials = credentials(fixture.emulator.httpsEndpoint(EmulatorFixture.CE));
		String key = credentials.key();
		String sas = credentials.sas();
		String bearer = credentials.bearer();
		this.leaks.captureLogs(false);
		List<Object> shown = new ArrayList<>();
		for (EventGridCredential credential : List.of(EventGridCredential.accessKey(key),
				EventGridCredential.sasToken(sas), EventGridCredential.tokenCredential(tokenCredential(bearer)))) {
			EventGridPublisher publisher = fixture.publisher(EmulatorFixture.CE)
				.credential(credential)
				.maxAttempts(2)
				.build();
			EventGridTemplate template = new EventGridTemplate(new ReactiveEventGridTemplate(publisher));
			shown.addAll(acceptedThenRefused((event) -> template.send(event)));
			credential.header().doOnNext(shown::add).block();
			shown.add(credential);
			shown.add(publisher);
			shown.add(template);
		}

		assertThat(shown).filteredOn(EventGridException.class::isInstance).hasSize(9);
		assertThat(this.leaks.logged())
			.anyMatch((event) -> event.getLoggerName().equals(EventGridPublisher.class.getName())
					&& event.getFormattedMessage().contains("attempt 1 -> 200"));
		assertThat(this.leaks.leaks(shown)).isEmpty();
	}

	@Test
	void noSecretShowsInAnApplicationWhoseWebClientIsWiretapped() {
		String endpoint = fixture.emulator.httpEndpoint(EmulatorFixture.CE);
		Credentials credentials = credentials(endpoint);
		String key = credentials.key();
		String sas = credentials.sas();
		String bearer = credentials.bearer();
		List<Object> shown = new ArrayList<>();
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(WiretappedApplication.class)
			.web(WebApplicationType.NONE)
			.initializers((applicationContext) -> applicationContext.getBeanFactory()
				.registerSingleton("tokenCredential", tokenCredential(bearer)))
			.properties("logging.level.reactor.netty=TRACE",
					"logging.level.org.springframework.web.reactive.function.client=TRACE",
					"logging.level.org.springframework.http=TRACE",
					"logging.level.org.springframework.core.codec=TRACE", "logging.level.dev.eventgrid=TRACE",
					"logging.level.com.azure=TRACE", "eventgrid.publishers.with-key.endpoint=" + endpoint,
					"eventgrid.publishers.with-key.key=" + key, "eventgrid.publishers.with-sas.endpoint=" + endpoint,
					"eventgrid.publishers.with-sas.sas-token=" + sas,
					"eventgrid.publishers.with-token.endpoint=" + endpoint, "eventgrid.default-publisher=with-key",
					"eventgrid.retry.max-attempts=2", "eventgrid.retry.initial-backoff=10ms")
			.run()) {
			this.leaks.captureLogs(true);
			EventGridTemplate template = context.getBean(EventGridTemplate.class);
			for (String publisher : List.of("with-key", "with-sas", "with-token")) {
				shown.addAll(acceptedThenRefused((event) -> template.send(publisher, event)));
			}
			shown.add(template);
		}

		assertThat(shown).filteredOn(EventGridException.class::isInstance).hasSize(9);
		// The wiretap was on, and the client's loggers were heard.
		assertThat(this.leaks.logged())
			.anyMatch((event) -> event.getLoggerName().startsWith("reactor.netty")
					&& event.getFormattedMessage().contains("reactor.left.loggingHandler"))
			.anyMatch((event) -> event.getLoggerName().startsWith("org.springframework.web.reactive.function.client")
					&& event.getFormattedMessage().contains("HTTP POST"));
		assertThat(this.leaks.leaks(shown)).isEmpty();
	}

	/**
	 * Send one accepted event, then three refused: by 503 twice (the retry runs out), by
	 * 401, and by 401 with the credential repeated in the error body.
	 */
	private static List<Object> acceptedThenRefused(Function<Object, SendResult> send) {
		List<Object> shown = new ArrayList<>();
		shown.add(send.apply(CloudEvent.builder().source("/s").type("t").data(1).build()));
		fixture.emulator.faults().failNext(2, 503).failNext(1, 401).echoCredentialNext(1, 401);
		for (int refused = 0; refused < 3; refused++) {
			shown.add(catchThrowable(() -> send.apply(CloudEvent.builder().source("/s").type("t").build())));
		}
		return shown;
	}

	/**
	 * Return a key, a SAS token for the endpoint and a bearer token of the emulator,
	 * which the leak search then looks for.
	 */
	private Credentials credentials(String endpoint) {
		String key = fixture.emulator.key(EmulatorFixture.CE);
		Credentials credentials = new Credentials(key,
				EventGridSas.generateSas(endpoint, key, OffsetDateTime.now().plusHours(1)),
				fixture.emulator.issueAccessToken());
		this.leaks.key(credentials.key()).sasToken(credentials.sas()).bearerToken(credentials.bearer());
		return credentials;
	}

	private static TokenCredential tokenCredential(String bearer) {
		return (context) -> Mono.just(new AccessToken(bearer, OffsetDateTime.now().plusHours(1)));
	}

	private record Credentials(String key, String sas, String bearer) {

	}

	/**
	 * An application with the WebClient and Event Grid auto-configurations, whose HTTP
	 * client logs every byte it sends and receives.
	 */
	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration({ JacksonAutoConfiguration.class, ReactiveHttpClientAutoConfiguration.class,
			WebClientAutoConfiguration.class, EventGridAutoConfiguration.class })
	static class WiretappedApplication {

		@Bean
		ClientHttpConnectorBuilderCustomizer<ReactorClientHttpConnectorBuilder> wiretap() {
			return (builder) -> builder.withHttpClientCustomizer((client) -> client.wiretap(true));
		}

	}

}
