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

package dev.eventgrid.spring.webhook;

import org.jspecify.annotations.Nullable;

import org.springframework.context.SmartLifecycle;

/**
 * The shutdown state of a webhook router: once the application context begins to stop,
 * before the web server stops taking requests, new deliveries are answered {@code 503}
 * with {@code Retry-After}, so that Event Grid delivers them again later, while the
 * deliveries already being handled finish.
 *
 * @author Event Grid for Spring Boot team
 */
final class WebhookShutdown {

	/**
	 * The {@code SmartLifecycle} phase of the routers: they stop first, before the web
	 * server's graceful shutdown ({@code DEFAULT_PHASE - 1024}).
	 */
	static final int PHASE = SmartLifecycle.DEFAULT_PHASE;

	/**
	 * Seconds a refused delivery is asked to wait: Event Grid waits at least 30 seconds
	 * before it delivers again after a {@code 503}.
	 */
	static final String RETRY_AFTER_SECONDS = "30";

	private volatile boolean running;

	private volatile boolean stopping;

	void start() {
		this.stopping = false;
		this.running = true;
	}

	void stop() {
		this.stopping = true;
		this.running = false;
	}

	boolean isRunning() {
		return this.running;
	}

	/**
	 * Return the answer to a delivery that arrives after shutdown began.
	 * @return {@code 503} with {@code Retry-After}, or {@code null} while the application
	 * runs
	 */
	@Nullable WebhookResponse refusal() {
		if (!this.stopping) {
			return null;
		}
		return WebhookResponse.text(503, "The application is shutting down; deliver again later")
			.header("Retry-After", RETRY_AFTER_SECONDS);
	}

}
