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

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import dev.eventgrid.emulator.model.AcceptedEventsListener;
import dev.eventgrid.emulator.model.EmulatedTopic;
import dev.eventgrid.emulator.model.InputSchema;
import dev.eventgrid.emulator.model.ReceivedEvent;
import dev.eventgrid.emulator.publish.SideRoute;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The subscriptions of an emulator and their delivery. Told about accepted events, it
 * matches them against the subscriptions that have succeeded and hands each match to the
 * dispatcher, so the publish response never waits for a delivery. Subscription names are
 * unique within an emulator, ignoring case.
 *
 * @author Event Grid for Spring Boot team
 */
public final class DeliveryService implements AcceptedEventsListener, AutoCloseable {

	private static final Pattern DOMAIN_TOPIC = Pattern.compile("[A-Za-z0-9_-]{3,50}");

	private final Object monitor = new Object();

	private final Map<String, EmulatedSubscription> subscriptions = new LinkedHashMap<>();

	private volatile List<EmulatedSubscription> snapshot = List.of();

	private final int queueCapacity;

	private final ScheduledThreadPoolExecutor executor;

	private final WebhookClient client;

	private final DeliveryLog log = new DeliveryLog();

	private final DeliveryDispatcher dispatcher;

	private final SubscriptionValidator validator;

	private final ValidationRoute validationRoute;

	private volatile String validationBaseUrl = "http://localhost";

	/**
	 * Create the service; it starts its delivery threads at once.
	 * @param settings how to deliver
	 */
	public DeliveryService(DeliverySettings settings) {
		TimeScale scale = new TimeScale(settings.timeScale());
		this.queueCapacity = settings.queueCapacity();
		this.executor = new ScheduledThreadPoolExecutor(2, daemonThreads());
		this.executor.setRemoveOnCancelPolicy(true);
		this.client = new WebhookClient(settings.webhookTrust());
		EventFormatter formatter = new EventFormatter(JsonMapper.builder()
			.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
			.disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
			.build());
		Duration responseTimeout = settings.effectiveResponseTimeout();
		this.dispatcher = new DeliveryDispatcher(this.executor, new WebhookEndpoint(this.client, responseTimeout),
				new StorageQueueEndpoint(this.client, responseTimeout, settings.clock()), formatter,
				new RetryPolicy(scale), this.log, settings.clock(), settings.maxPendingDeliveries());
		this.validator = new SubscriptionValidator(this.client, formatter, scale, settings.effectiveValidationTimeout(),
				settings.clock(), this.executor);
		this.validationRoute = new ValidationRoute(this::find, settings.clock());
	}

	private static ThreadFactory daemonThreads() {
		AtomicInteger count = new AtomicInteger();
		return (task) -> {
			Thread thread = new Thread(task, "eventgrid-emulator-delivery-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
	}

	/**
	 * Set the base of the manual validation URLs, such as {@code http://localhost:7080}.
	 * @param baseUrl the scheme, host and port the emulator serves
	 */
	public void validationBaseUrl(String baseUrl) {
		this.validationBaseUrl = baseUrl;
	}

	/**
	 * Return the route that serves the manual validation URLs on the emulator's ports.
	 * @return the route
	 */
	public SideRoute validationRoute() {
		return this.validationRoute;
	}

	/**
	 * Create or replace a subscription and run its validation handshake, blocking until
	 * the endpoint answered; do not call it on an event loop.
	 * @param topic the topic or domain
	 * @param domainTopic the domain topic to scope the subscription to, or {@code null}
	 * @param definition the subscription
	 * @return the subscription, whose state tells how the handshake went
	 * @throws IllegalArgumentException if the scope or the delivery schema is invalid, or
	 * the name is taken on another scope
	 */
	public EmulatedSubscription subscribe(EmulatedTopic topic, @Nullable String domainTopic,
			EventSubscription definition) {
		checkScope(topic, domainTopic);
		InputSchema deliverySchema = deliverySchema(topic, definition);
		EmulatedQueue queue = (definition.endpointType() != EndpointType.WEBHOOK && definition.storageQueue() == null)
				? new EmulatedQueue(definition.name(), this.queueCapacity) : null;
		EmulatedSubscription subscription = new EmulatedSubscription(topic, domainTopic, definition, deliverySchema,
				queue, this.log);
		synchronized (this.monitor) {
			EmulatedSubscription existing = this.subscriptions.get(key(definition.name()));
			if (existing != null && !existing.scopeResourceId().equalsIgnoreCase(subscription.scopeResourceId())) {
				throw new IllegalArgumentException("An event subscription named '" + definition.name()
						+ "' already exists on " + existing.scopeResourceId());
			}
			if (existing != null) {
				existing.delete();
			}
			this.subscriptions.put(key(definition.name()), subscription);
			this.snapshot = List.copyOf(this.subscriptions.values());
		}
		this.validator.validate(subscription, this.validationBaseUrl);
		return subscription;
	}

	private static void checkScope(EmulatedTopic topic, @Nullable String domainTopic) {
		if (domainTopic != null && !topic.isDomain()) {
			throw new IllegalArgumentException(
					"'" + topic.name() + "' is a topic, not a domain; only a domain has domain topics");
		}
		if (domainTopic != null && !DOMAIN_TOPIC.matcher(domainTopic).matches()) {
			throw new IllegalArgumentException("Invalid domain topic name '" + domainTopic
					+ "': use 3 to 50 letters, digits, hyphens and underscores");
		}
	}

	private static InputSchema deliverySchema(EmulatedTopic topic, EventSubscription definition) {
		InputSchema input = topic.schema();
		InputSchema requested = definition.deliverySchema();
		InputSchema schema = (requested != null) ? requested
				: (input == InputSchema.CLOUD_EVENT_V1_0) ? InputSchema.CLOUD_EVENT_V1_0 : InputSchema.EVENT_GRID_EVENT;
		if (input == InputSchema.CLOUD_EVENT_V1_0 && schema != InputSchema.CLOUD_EVENT_V1_0) {
			throw new IllegalArgumentException("'" + topic.name() + "' takes CloudEvents, which Event Grid delivers "
					+ "only as CloudEventSchemaV1_0, not as " + deliverySchemaName(schema));
		}
		if (schema == InputSchema.CUSTOM && input != InputSchema.CUSTOM) {
			throw new IllegalArgumentException("CustomInputSchema delivery needs a topic with a custom input schema; '"
					+ topic.name() + "' takes " + input.serviceName());
		}
		if (input == InputSchema.CUSTOM && schema == InputSchema.CLOUD_EVENT_V1_0) {
			throw new IllegalArgumentException(
					"The emulator has no input schema mappings, so it cannot deliver the " + "custom events of '"
							+ topic.name() + "' as CloudEvents; deliver them as EventGridSchema or CustomInputSchema");
		}
		return schema;
	}

	private static String deliverySchemaName(InputSchema schema) {
		return (schema == InputSchema.CUSTOM) ? "CustomInputSchema" : schema.serviceName();
	}

	/**
	 * Delete a subscription; its pending deliveries are dropped and its queue discarded.
	 * @param name the subscription name, in any case
	 * @throws IllegalArgumentException if there is no such subscription
	 */
	public void unsubscribe(String name) {
		synchronized (this.monitor) {
			EmulatedSubscription removed = this.subscriptions.remove(key(name));
			if (removed == null) {
				throw unknown(name);
			}
			removed.delete();
			this.snapshot = List.copyOf(this.subscriptions.values());
		}
	}

	/**
	 * Return a subscription.
	 * @param name the subscription name, in any case
	 * @return the subscription
	 * @throws IllegalArgumentException if there is no such subscription
	 */
	public EmulatedSubscription subscription(String name) {
		EmulatedSubscription subscription = find(name);
		if (subscription == null) {
			throw unknown(name);
		}
		return subscription;
	}

	private @Nullable EmulatedSubscription find(String name) {
		synchronized (this.monitor) {
			return this.subscriptions.get(key(name));
		}
	}

	/**
	 * Return every subscription, in creation order.
	 * @return the subscriptions
	 */
	public List<EmulatedSubscription> subscriptions() {
		return this.snapshot;
	}

	/**
	 * Return the queue of a Storage Queue or Service Bus subscription.
	 * @param name the subscription name, in any case
	 * @return the queue
	 * @throws IllegalArgumentException if there is no such subscription or it is a
	 * webhook
	 */
	public EmulatedQueue queue(String name) {
		EmulatedQueue queue = subscription(name).queue();
		if (queue == null) {
			throw new IllegalArgumentException("Event subscription '" + name + "' delivers to a webhook, not a queue");
		}
		return queue;
	}

	/**
	 * Return the delivery attempts of every subscription, oldest first.
	 * @param subscription the subscription name, or {@code null} for all
	 * @return an immutable snapshot
	 */
	public List<DeliveryAttempt> deliveries(@Nullable String subscription) {
		return this.log.attempts(subscription, false);
	}

	/**
	 * Wait until a subscription has delivered at least a number of events.
	 * @param subscription the subscription name
	 * @param count how many successful deliveries to wait for
	 * @param timeout how long to wait at most
	 * @return the successful attempts, at least {@code count}
	 * @throws IllegalStateException if fewer events were delivered in time
	 * @throws InterruptedException if the thread was interrupted while waiting
	 */
	public List<DeliveryAttempt> awaitDeliveries(String subscription, int count, Duration timeout)
			throws InterruptedException {
		return this.log.awaitAttempts(subscription, true, count, timeout);
	}

	/**
	 * Forget the delivery attempts and dead-lettered events and empty the queues; pending
	 * deliveries go on.
	 */
	public void clear() {
		this.log.clear();
		for (EmulatedSubscription subscription : this.snapshot) {
			EmulatedQueue queue = subscription.queue();
			if (queue != null) {
				queue.clear();
			}
		}
	}

	@Override
	public void accepted(EmulatedTopic topic, List<ReceivedEvent> events) {
		List<EmulatedSubscription> candidates = new ArrayList<>();
		for (EmulatedSubscription subscription : this.snapshot) {
			if (subscription.topic() == topic && subscription.isDeliverable()) {
				candidates.add(subscription);
			}
		}
		if (candidates.isEmpty()) {
			return;
		}
		for (ReceivedEvent event : events) {
			EventFields fields = EventFields.of(topic, event);
			for (EmulatedSubscription subscription : candidates) {
				if (subscription.covers(event.domainTopic())
						&& SubscriptionFilter.matches(subscription.definition(), fields)) {
					this.dispatcher.submit(new PendingDelivery(subscription, event, fields));
				}
			}
		}
	}

	/**
	 * Stop delivering: pending retries are dropped and in-flight webhook calls cancelled.
	 */
	@Override
	public void close() {
		this.dispatcher.close();
		this.executor.shutdownNow();
		try {
			this.executor.awaitTermination(5, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		finally {
			this.client.close();
		}
	}

	private static IllegalArgumentException unknown(String name) {
		return new IllegalArgumentException("No event subscription named '" + name + "'");
	}

	private static String key(String name) {
		return name.toLowerCase(Locale.ROOT);
	}

}
