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

package dev.eventgrid.spring.autoconfigure.actuate;

import java.time.Instant;
import java.util.Locale;

import dev.eventgrid.spring.core.EventGridPublisher;
import dev.eventgrid.spring.core.PublisherOutcome;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The health of one publisher, from how its endpoint answered its last request: up once a
 * request was accepted, down while its credential is refused, unknown before its first
 * request ends and after other failures. It sends nothing itself.
 *
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
public class EventGridPublisherHealthIndicator implements HealthIndicator {

	private final EventGridPublisher publisher;

	/**
	 * Create an indicator of the given publisher's health.
	 * @param publisher the publisher
	 */
	public EventGridPublisherHealthIndicator(EventGridPublisher publisher) {
		this.publisher = publisher;
	}

	@Override
	public Health health() {
		PublisherOutcome outcome = this.publisher.getLastOutcome();
		Health.Builder health = switch (outcome.kind()) {
			case ACCEPTED -> Health.up();
			case AUTHENTICATION_FAILED -> Health.down();
			case NONE, FAILED -> Health.unknown();
		};
		health.withDetail("destination", this.publisher.getDestination())
			.withDetail("lastRequest", outcome.kind().name().toLowerCase(Locale.ROOT).replace('_', ' '));
		Instant since = outcome.since();
		if (since != null) {
			health.withDetail("since", since.toString());
		}
		if (outcome.statusCode() != 0) {
			health.withDetail("status", outcome.statusCode());
		}
		String errorCode = outcome.errorCode();
		if (errorCode != null) {
			health.withDetail("errorCode", errorCode);
		}
		return health.build();
	}

}
