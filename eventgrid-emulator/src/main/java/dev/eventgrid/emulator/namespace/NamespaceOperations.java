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

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import dev.eventgrid.emulator.model.ReceivedEvent;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Carries out the namespace operations once the request body is read: checks the
 * api-version and the credentials, finds the topic (410 when it does not exist, as the
 * service documents) and the subscription (404), then publishes, receives or settles.
 *
 * @author Event Grid for Spring Boot team
 */
final class NamespaceOperations {

	private static final Set<String> RELEASE_DELAYS = Set.of("0", "10", "60", "600", "3600");

	private final NamespaceAuthenticator authenticator;

	private final JsonMapper mapper;

	private final CloudEventReader reader;

	private final NamespaceJson json;

	private final AtomicLong sequence = new AtomicLong();

	NamespaceOperations(NamespaceAuthenticator authenticator, JsonMapper mapper, NamespaceJson json) {
		this.authenticator = authenticator;
		this.mapper = mapper;
		this.reader = new CloudEventReader(mapper);
		this.json = json;
	}

	Mono<Answer> handle(EmulatedNamespace namespace, NamespaceExchange exchange, BoundedBody body) {
		String apiVersion = ApiVersions.check(exchange.query("api-version"));
		this.authenticator.authenticate(namespace, exchange);
		NamespacePath path = exchange.path();
		NamespaceTopic topic = namespace.findTopic(path.topic());
		if (topic == null) {
			throw new NamespaceRejection(410,
					"The topic '" + path.topic() + "' was not found in namespace '" + namespace.name() + "'.");
		}
		if (path.isPublish()) {
			return Mono.just(publish(topic, exchange, body));
		}
		String subscriptionName = path.subscription();
		if (subscriptionName == null) {
			throw unknownOperation(path);
		}
		PullSubscription subscription = topic.findSubscription(subscriptionName);
		if (subscription == null) {
			throw new NamespaceRejection(404,
					"The event subscription '" + subscriptionName + "' was not found on topic '" + topic.name() + "'.");
		}
		if ("receive".equalsIgnoreCase(path.action())) {
			return receive(subscription, exchange);
		}
		SettleOperation operation = SettleOperation.fromAction(path.action());
		if (operation == null) {
			throw unknownOperation(path);
		}
		return Mono.just(settle(subscription, operation, exchange, body, apiVersion));
	}

	private static NamespaceRejection unknownOperation(NamespacePath path) {
		return new NamespaceRejection(404, "The operation ':" + path.action() + "' does not exist"
				+ ((path.subscription() != null) ? " on event subscriptions." : " on topics."));
	}

	private Answer publish(NamespaceTopic topic, NamespaceExchange exchange, BoundedBody body) {
		List<JsonNode> events = this.reader.read(body, exchange.headers().first("Content-Type"));
		long requestSequence = this.sequence.incrementAndGet();
		List<ReceivedEvent> accepted = new ArrayList<>(events.size());
		for (int index = 0; index < events.size(); index++) {
			JsonNode event = events.get(index);
			accepted.add(new ReceivedEvent(topic.name(), null, this.mapper.writeValueAsString(event), event,
					exchange.headers(), exchange.requestId(), requestSequence, index, exchange.receivedAt()));
		}
		topic.accept(accepted);
		return this.json.published();
	}

	private Mono<Answer> receive(PullSubscription subscription, NamespaceExchange exchange) {
		int maxEvents = intQuery(exchange, "maxEvents", 1, 1, 100);
		int maxWaitTime = intQuery(exchange, "maxWaitTime", 60, 10, 120);
		return Mono.fromFuture(subscription.queue().receive(maxEvents, Duration.ofSeconds(maxWaitTime)))
			.map(this.json::received);
	}

	private static int intQuery(NamespaceExchange exchange, String name, int defaultValue, int min, int max) {
		String text = exchange.query(name);
		if (text == null || text.isEmpty()) {
			return defaultValue;
		}
		try {
			int value = Integer.parseInt(text.trim());
			if (value >= min && value <= max) {
				return value;
			}
		}
		catch (NumberFormatException ex) {
			// answered below
		}
		throw NamespaceRejection.badRequest("The query parameter '" + name + "' must be a whole number from " + min
				+ " to " + max + ", not '" + text + "'.");
	}

	private Answer settle(PullSubscription subscription, SettleOperation operation, NamespaceExchange exchange,
			BoundedBody body, String apiVersion) {
		if (operation == SettleOperation.RENEW_LOCK) {
			ApiVersions.requireLockRenewal(apiVersion, "renewLock");
		}
		Duration delay = (operation == SettleOperation.RELEASE) ? releaseDelay(exchange, apiVersion) : Duration.ZERO;
		List<String> tokens = lockTokens(body);
		return this.json.settled(subscription.queue().settle(operation, tokens, delay));
	}

	private static Duration releaseDelay(NamespaceExchange exchange, String apiVersion) {
		String delay = exchange.query("releaseDelayInSeconds");
		if (delay == null) {
			return Duration.ZERO;
		}
		ApiVersions.requireLockRenewal(apiVersion, "releaseDelayInSeconds");
		if (!RELEASE_DELAYS.contains(delay.trim())) {
			throw NamespaceRejection.badRequest("The query parameter 'releaseDelayInSeconds' must be one of 0, 10, "
					+ "60, 600 and 3600, not '" + delay + "'.");
		}
		return Duration.ofSeconds(Long.parseLong(delay.trim()));
	}

	private List<String> lockTokens(BoundedBody body) {
		JsonNode tokens = parseObject(body).get("lockTokens");
		if (tokens == null || !tokens.isArray() || tokens.isEmpty()) {
			throw NamespaceRejection
				.badRequest("The request body must be {\"lockTokens\":[...]} with at least one " + "lock token.");
		}
		List<String> result = new ArrayList<>();
		for (JsonNode token : tokens) {
			if (!token.isString()) {
				throw NamespaceRejection.badRequest("Every lock token must be a string.");
			}
			result.add(token.stringValue());
		}
		return result;
	}

	private JsonNode parseObject(BoundedBody body) {
		JsonNode node = null;
		try {
			node = this.mapper.readTree(body.bytes());
		}
		catch (JacksonException ex) {
			throw NamespaceRejection.badRequest("The request body is not valid JSON: " + ex.getOriginalMessage());
		}
		return requireObject(node);
	}

	private static JsonNode requireObject(@Nullable JsonNode node) {
		if (node == null || !node.isObject()) {
			throw NamespaceRejection.badRequest("The request body must be a JSON object: {\"lockTokens\":[...]}.");
		}
		return node;
	}

}
