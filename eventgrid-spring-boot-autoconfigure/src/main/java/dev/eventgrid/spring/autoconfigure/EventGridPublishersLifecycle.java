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

package dev.eventgrid.spring.autoconfigure;

import java.time.Duration;

import dev.eventgrid.spring.core.EventGridPublisher;
import dev.eventgrid.spring.core.ReactiveEventGridTemplate;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Flux;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;

/**
 * Shuts the publishers of the application's templates down gracefully when the
 * application context stops or closes, in phase
 * {@link EventGridPublisher#SHUTDOWN_PHASE}: new sends are refused, running sends start
 * no new request, and requests in flight finish within the phase timeout
 * ({@code spring.lifecycle.timeout-per-shutdown-phase}), less a margin in which those
 * still in flight are cancelled and their events reported not accepted. The templates
 * close the publishers afterwards, which ends their threads.
 *
 * @author Event Grid for Spring Boot team
 */
final class EventGridPublishersLifecycle implements SmartLifecycle {

	private static final Log logger = LogFactory.getLog(EventGridPublishersLifecycle.class);

	private static final Duration MAX_MARGIN = Duration.ofSeconds(1);

	private final ObjectProvider<ReactiveEventGridTemplate> templates;

	private final Duration timeout;

	private volatile boolean running;

	/**
	 * Create the lifecycle of the publishers.
	 * @param templates the templates whose publishers it stops
	 * @param phaseTimeout the time each phase of a shutdown is given
	 */
	EventGridPublishersLifecycle(ObjectProvider<ReactiveEventGridTemplate> templates, Duration phaseTimeout) {
		this.templates = templates;
		// Why a margin: the sends cancelled at the deadline must still end, and report,
		// before the lifecycle processor stops waiting for this phase.
		Duration margin = phaseTimeout.dividedBy(10);
		this.timeout = phaseTimeout.minus((margin.compareTo(MAX_MARGIN) < 0) ? margin : MAX_MARGIN);
	}

	@Override
	public void start() {
		if (!this.running) {
			this.templates.orderedStream()
				.forEach((template) -> template.getPublishers().values().forEach(EventGridPublisher::start));
			this.running = true;
		}
	}

	@Override
	public void stop() {
		stopPublishers().blockLast();
	}

	@Override
	public void stop(Runnable callback) {
		stopPublishers().subscribe(null, (ex) -> {
			logger.warn("Stopping the Event Grid publishers failed", ex);
			callback.run();
		}, callback);
	}

	private Flux<Void> stopPublishers() {
		this.running = false;
		return publishers().flatMap((publisher) -> publisher.stop(this.timeout));
	}

	private Flux<EventGridPublisher> publishers() {
		return Flux.fromStream(
				() -> this.templates.orderedStream().flatMap((template) -> template.getPublishers().values().stream()));
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		return EventGridPublisher.SHUTDOWN_PHASE;
	}

	Duration getTimeout() {
		return this.timeout;
	}

}
