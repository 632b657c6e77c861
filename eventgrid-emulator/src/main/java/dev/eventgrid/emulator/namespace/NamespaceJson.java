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

package dev.eventgrid.emulator.namespace;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the bodies of namespace responses: the empty publish result, the receive result,
 * the per-token settle result and the error body
 * {@code {"error":{"code","message","timestamp_utc","tracking_id"}}} with which the
 * service answers a failed request.
 *
 * @author Event Grid for Spring Boot team
 */
final class NamespaceJson {

	private final JsonMapper mapper;

	NamespaceJson(JsonMapper mapper) {
		this.mapper = mapper;
	}

	Answer published() {
		return new Answer(200, this.mapper.writeValueAsBytes(this.mapper.createObjectNode()), null);
	}

	Answer received(List<Delivery> deliveries) {
		ObjectNode result = this.mapper.createObjectNode();
		ArrayNode value = result.putArray("value");
		for (Delivery delivery : deliveries) {
			ObjectNode detail = value.addObject();
			ObjectNode broker = detail.putObject("brokerProperties");
			broker.put("lockToken", delivery.lockToken());
			broker.put("deliveryCount", delivery.deliveryCount());
			detail.set("event", delivery.event().node());
		}
		return new Answer(200, this.mapper.writeValueAsBytes(result), null);
	}

	Answer settled(SettleResult settled) {
		ObjectNode result = this.mapper.createObjectNode();
		ArrayNode failed = result.putArray("failedLockTokens");
		for (SettleResult.Failure failure : settled.failed()) {
			ObjectNode entry = failed.addObject();
			entry.put("lockToken", failure.lockToken());
			ObjectNode error = entry.putObject("error");
			error.put("code", failure.code());
			error.put("message", failure.message());
		}
		ArrayNode succeeded = result.putArray("succeededLockTokens");
		settled.succeeded().forEach(succeeded::add);
		return new Answer(200, this.mapper.writeValueAsBytes(result), null);
	}

	Answer error(int status, String code, String message, String trackingId, Instant time) {
		ObjectNode body = this.mapper.createObjectNode();
		ObjectNode error = body.putObject("error");
		error.put("code", code);
		error.put("message", message);
		error.put("timestamp_utc", DateTimeFormatter.ISO_INSTANT.format(time));
		error.put("tracking_id", trackingId);
		return new Answer(status, this.mapper.writeValueAsBytes(body), code);
	}

}
