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

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import com.azure.core.credential.AccessToken;
import dev.eventgrid.spring.EventGridException;
import dev.eventgrid.spring.credential.EventGridCredential;
import dev.eventgrid.spring.credential.EventGridSas;
import dev.eventgrid.spring.event.CloudEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * With every logger at TRACE, sends with each credential kind, successful and failing,
 * never show a key, a SAS token or a bearer token in a log line, an exception message or
 * a {@code toString()}.
 *
 * @author Event Grid for Spring Boot team
 */
class SecretsNeverShownTests {

	@RegisterExtension
	static final EmulatorFixture fixture = new EmulatorFixture();

	private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

	private Level previousLevel;

	@BeforeEach
	void captureEverything() {
		Logger root = root();
		this.previousLevel = root.getLevel();
		root.setLevel(Level.TRACE);
		this.appender.start();
		root.addAppender(this.appender);
	}

	@AfterEach
	void restore() {
		root().detachAppender(this.appender);
		root().setLevel(this.previousLevel);
	}

	@Test
	void noSecretAppearsAnywhere() {
		String key = fixture.emulator.key(EmulatorFixture.CE);
		String sas = EventGridSas.generateSas(fixture.emulator.httpsEndpoint(EmulatorFixture.CE), key,
				OffsetDateTime.now().plusHours(1));
		String bearer = fixture.emulator.issueAccessToken();
		List<Object> shown = new ArrayList<>();
		for (EventGridCredential credential : List
			.of(EventGridCredential.accessKey(key), EventGridCredential.sasToken(sas), EventGridCredential
				.tokenCredential((context) -> Mono.just(new AccessToken(bearer, OffsetDateTime.now().plusHours(1)))))) {
			EventGridPublisher publisher = fixture.publisher(EmulatorFixture.CE)
				.credential(credential)
				.maxAttempts(2)
				.build();
			EventGridTemplate template = new EventGridTemplate(new ReactiveEventGridTemplate(publisher));
			template.send(CloudEvent.builder().source("/s").type("t").data(1).build());
			fixture.emulator.faults().failNext(2, 503).failNext(1, 401);
			shown.add(catchThrowable(() -> template.send(CloudEvent.builder().source("/s").type("t").build())));
			shown.add(catchThrowable(() -> template.send(CloudEvent.builder().source("/s").type("t").build())));
			credential.header().doOnNext(shown::add).block();
			shown.add(credential);
			shown.add(publisher);
			shown.add(template);
		}

		assertThat(shown).filteredOn(EventGridException.class::isInstance).hasSize(6);
		List<ILoggingEvent> logged = logged();
		assertThat(logged).isNotEmpty();
		List<String> texts = new ArrayList<>();
		logged.forEach((event) -> {
			texts.add(event.getFormattedMessage());
			for (IThrowableProxy proxy = event.getThrowableProxy(); proxy != null; proxy = proxy.getCause()) {
				texts.add(proxy.getMessage());
			}
		});
		shown.forEach((object) -> texts.add(String.valueOf(object)));
		assertThat(texts).noneMatch((text) -> text != null && (text.contains(key) || text.contains(sas)
				|| text.contains(bearer) || text.contains(sas.substring(sas.indexOf("&s=") + 3))));
		assertThat(logged).anyMatch((event) -> event.getLoggerName().equals(EventGridPublisher.class.getName())
				&& event.getFormattedMessage().contains("attempt 1 -> 200"));
	}

	/**
	 * Return what was logged so far: the client's threads may still be logging, and the
	 * appender adds to its list while holding its own lock.
	 */
	private List<ILoggingEvent> logged() {
		synchronized (this.appender) {
			return new ArrayList<>(this.appender.list);
		}
	}

	private static Logger root() {
		return ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(Logger.ROOT_LOGGER_NAME);
	}

}
