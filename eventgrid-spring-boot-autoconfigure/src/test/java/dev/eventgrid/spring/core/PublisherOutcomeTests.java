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

import java.util.List;

import dev.eventgrid.spring.EventGridAuthenticationException;
import dev.eventgrid.spring.EventGridException;
import dev.eventgrid.spring.event.CloudEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link EventGridPublisher#getLastOutcome()} against the emulator: what the
 * endpoint answered last, kept without a write per request.
 *
 * @author Event Grid for Spring Boot team
 */
class PublisherOutcomeTests {

	@RegisterExtension
	static final EmulatorFixture fixture = new EmulatorFixture();

	@Test
	void isNoneBeforeTheFirstRequestEnds() {
		EventGridPublisher publisher = fixture.publisher(EmulatorFixture.CE).build();

		assertThat(publisher.getLastOutcome()).isSameAs(PublisherOutcome.NONE);
	}

	@Test
	void isAcceptedAfterAnAcceptedRequestAndKeptWhileRequestsAreAccepted() {
		EventGridPublisher publisher = fixture.publisher(EmulatorFixture.CE).build();

		publisher.send(List.of(event())).block();
		PublisherOutcome first = publisher.getLastOutcome();
		publisher.send(List.of(event())).block();

		assertThat(first.kind()).isEqualTo(PublisherOutcome.Kind.ACCEPTED);
		assertThat(first.since()).isNotNull();
		assertThat(first.statusCode()).isZero();
		assertThat(publisher.getLastOutcome()).isSameAs(first);
	}

	@Test
	void isAuthenticationFailedAfterA401AndAcceptedAgainAfterwards() {
		EventGridPublisher publisher = fixture.publisher(EmulatorFixture.CE).build();
		fixture.emulator.faults(EmulatorFixture.CE).failNext(1, 401);

		assertThatExceptionOfType(EventGridAuthenticationException.class)
			.isThrownBy(() -> publisher.send(List.of(event())).block());
		PublisherOutcome refused = publisher.getLastOutcome();
		publisher.send(List.of(event())).block();

		assertThat(refused.kind()).isEqualTo(PublisherOutcome.Kind.AUTHENTICATION_FAILED);
		assertThat(refused.statusCode()).isEqualTo(401);
		assertThat(publisher.getLastOutcome().kind()).isEqualTo(PublisherOutcome.Kind.ACCEPTED);
	}

	@Test
	void isFailedWithTheStatusAfterRetriesRunOut() {
		EventGridPublisher publisher = fixture.publisher(EmulatorFixture.CE).maxAttempts(2).build();
		fixture.emulator.faults(EmulatorFixture.CE).failNext(2, 503);

		assertThatExceptionOfType(EventGridException.class).isThrownBy(() -> publisher.send(List.of(event())).block());

		assertThat(publisher.getLastOutcome().kind()).isEqualTo(PublisherOutcome.Kind.FAILED);
		assertThat(publisher.getLastOutcome().statusCode()).isEqualTo(503);
	}

	private static CloudEvent event() {
		return CloudEvent.builder().source("/orders").type("OrderPlaced").data(42).build();
	}

}
