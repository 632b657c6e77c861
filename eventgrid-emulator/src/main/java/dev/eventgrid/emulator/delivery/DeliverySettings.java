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

package dev.eventgrid.emulator.delivery;

import java.time.Clock;
import java.time.Duration;

import javax.net.ssl.TrustManagerFactory;

import org.jspecify.annotations.Nullable;

/**
 * How an emulator delivers events.
 *
 * @param timeScale how many times faster than the service delivery delays pass: the retry
 * schedule, the per-status minimum delays, event time-to-live, the manual validation
 * window and the response timeout are divided by it
 * @param webhookTrust the trust for HTTPS webhooks, or {@code null} for the JDK's default
 * @param responseTimeout how long to wait for a webhook's answer to a delivery, or
 * {@code null} for Event Grid's 30 seconds divided by the time scale but at least one
 * second; the validation handshake waits at least ten seconds whatever it is
 * @param clock the clock for timestamps and time-to-live
 * @param maxPendingDeliveries how many event deliveries may be in flight at once
 * @param queueCapacity how many messages a queue subscription holds at most
 * @author Event Grid for Spring Boot team
 */
public record DeliverySettings(double timeScale, @Nullable TrustManagerFactory webhookTrust,
		@Nullable Duration responseTimeout, Clock clock, int maxPendingDeliveries, int queueCapacity) {

	private static final Duration SERVICE_RESPONSE_TIMEOUT = Duration.ofSeconds(30);

	private static final Duration MINIMUM_RESPONSE_TIMEOUT = Duration.ofSeconds(1);

	// Why a floor of its own: a handshake that times out fails the subscription for good,
	// and a JVM's first connection to a webhook can take seconds on a loaded machine;
	// a delivery that times out is only retried.
	private static final Duration MINIMUM_VALIDATION_TIMEOUT = Duration.ofSeconds(10);

	Duration effectiveResponseTimeout() {
		if (this.responseTimeout != null) {
			return this.responseTimeout;
		}
		Duration scaled = new TimeScale(this.timeScale).scale(SERVICE_RESPONSE_TIMEOUT);
		return (scaled.compareTo(MINIMUM_RESPONSE_TIMEOUT) >= 0) ? scaled : MINIMUM_RESPONSE_TIMEOUT;
	}

	Duration effectiveValidationTimeout() {
		Duration delivery = effectiveResponseTimeout();
		return (delivery.compareTo(MINIMUM_VALIDATION_TIMEOUT) >= 0) ? delivery : MINIMUM_VALIDATION_TIMEOUT;
	}

}
