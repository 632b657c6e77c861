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

import java.time.Instant;
import java.util.Objects;

import dev.eventgrid.spring.EventGridAuthenticationException;
import dev.eventgrid.spring.EventGridException;
import dev.eventgrid.spring.transport.OutcomeListener;

/**
 * Keeps a publisher's {@link PublisherOutcome}. It is told of every request, but writes
 * only when the outcome changes, so that a publisher that keeps succeeding pays one
 * volatile read per request.
 *
 * @author Event Grid for Spring Boot team
 */
final class OutcomeTracker implements OutcomeListener {

	private volatile PublisherOutcome last = PublisherOutcome.NONE;

	PublisherOutcome last() {
		return this.last;
	}

	@Override
	public void accepted() {
		if (this.last.kind() != PublisherOutcome.Kind.ACCEPTED) {
			this.last = new PublisherOutcome(PublisherOutcome.Kind.ACCEPTED, Instant.now(), 0, null);
		}
	}

	@Override
	public void failed(Throwable exception) {
		EventGridException eventGrid = EventGridException.unwrap(exception);
		PublisherOutcome.Kind kind = (eventGrid instanceof EventGridAuthenticationException)
				? PublisherOutcome.Kind.AUTHENTICATION_FAILED : PublisherOutcome.Kind.FAILED;
		int status = (eventGrid != null) ? eventGrid.getStatusCode() : 0;
		String errorCode = (eventGrid != null) ? eventGrid.getErrorCode() : null;
		PublisherOutcome current = this.last;
		if (current.kind() != kind || current.statusCode() != status
				|| !Objects.equals(current.errorCode(), errorCode)) {
			this.last = new PublisherOutcome(kind, Instant.now(), status, errorCode);
		}
	}

}
