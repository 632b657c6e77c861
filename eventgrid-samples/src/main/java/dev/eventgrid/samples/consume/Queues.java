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

package dev.eventgrid.samples.consume;

import java.time.Duration;

import dev.eventgrid.emulator.EventGridEmulator;
import dev.eventgrid.emulator.delivery.QueueMessage;

/**
 * Takes messages from the emulator's in-memory queues, where Azure's would be read with
 * Spring Cloud Azure.
 *
 * @author Event Grid for Spring Boot team
 */
final class Queues {

	private Queues() {
	}

	/**
	 * Take the oldest message of a subscription's queue, waiting for one.
	 * @param emulator the emulator
	 * @param subscription the Storage Queue or Service Bus subscription
	 * @param timeout how long to wait at most
	 * @return the message
	 * @throws IllegalStateException if none arrived in time
	 */
	static QueueMessage take(EventGridEmulator emulator, String subscription, Duration timeout) {
		QueueMessage message = null;
		try {
			message = emulator.queue(subscription).poll(timeout);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		if (message == null) {
			throw new IllegalStateException(
					"No message reached the queue of " + subscription + " within " + timeout.toSeconds() + "s");
		}
		return message;
	}

}
