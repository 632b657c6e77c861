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

import dev.eventgrid.emulator.storagequeue.StorageQueueTarget;
import dev.eventgrid.emulator.storagequeue.StorageQueueTarget.StorageRequest;
import io.netty.handler.codec.http.HttpMethod;
import reactor.core.publisher.Mono;

/**
 * Writes one event per message to a real storage queue, as Event Grid does: Put Message
 * with the event's text (Base64 of its JSON by default); when the queue does not exist,
 * Create Queue and Put Message again. A 201 Created is a delivery; any other answer, or
 * none, is a failed attempt that the dispatcher retries or dead-letters as for a webhook.
 *
 * @author Event Grid for Spring Boot team
 */
final class StorageQueueEndpoint {

	private final WebhookClient client;

	private final Duration timeout;

	private final Clock clock;

	StorageQueueEndpoint(WebhookClient client, Duration timeout, Clock clock) {
		this.client = client;
		this.timeout = timeout;
		this.clock = clock;
	}

	Mono<AttemptResult> deliver(StorageQueueTarget target, OutgoingEvent event, boolean base64) {
		String text = QueueEndpoint.messageText(event, base64);
		return send(target.putMessage(text, this.clock.instant())).flatMap((result) -> {
			if (StorageQueueTarget.isQueueNotFound(result.status(), result.headers().first("x-ms-error-code"),
					result.body())) {
				return send(target.createQueue(this.clock.instant()))
					.then(Mono.defer(() -> send(target.putMessage(text, this.clock.instant()))));
			}
			return Mono.just(result);
		})
			.map((result) -> AttemptResult.forStatus(result.status()))
			.onErrorResume((ex) -> Mono.just(WebhookEndpoint.failure(ex)));
	}

	private Mono<WebhookClient.HttpResult> send(StorageRequest request) {
		return this.client.send(HttpMethod.valueOf(request.method()), request.uri(), request.headers(), request.body(),
				this.timeout);
	}

}
