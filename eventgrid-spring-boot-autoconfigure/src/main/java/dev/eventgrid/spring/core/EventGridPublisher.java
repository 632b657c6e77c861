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

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import dev.eventgrid.spring.EventGridShutdownException;
import dev.eventgrid.spring.credential.EventGridCredential;
import dev.eventgrid.spring.event.CloudEvent;
import dev.eventgrid.spring.event.EventGridEvent;
import dev.eventgrid.spring.event.EventSchema;
import dev.eventgrid.spring.transport.BodyBuffers;
import dev.eventgrid.spring.transport.Deadlines;
import dev.eventgrid.spring.transport.RateLimitSettings;
import dev.eventgrid.spring.transport.RateLimiter;
import dev.eventgrid.spring.transport.RequestBatch;
import dev.eventgrid.spring.transport.RequestSender;
import dev.eventgrid.spring.transport.RequestWriter;
import dev.eventgrid.spring.transport.RetrySettings;
import dev.eventgrid.spring.transport.SendListener;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.util.Assert;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.util.unit.DataSize;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Publishes to one Event Grid endpoint (a topic, a domain or a namespace topic) with one
 * schema and one credential. Each send checks and serializes every event once, packs them
 * in order into requests of at most {@code maxRequestSize}, sends those with bounded
 * concurrency and retries, and reports exactly which events were accepted when a request
 * fails. When the topic answers {@code 429}, the publisher paces its requests at the rate
 * the topic accepts, so that a backlog drains at the topic's limit rather than in
 * retries.
 * <p>
 * {@link #stop(Duration)} shuts the publisher down gracefully, as the auto-configuration
 * does when the application context closes: new sends are refused, running sends start no
 * new request, requests in flight finish until a deadline and are cancelled then, and
 * every running send ends reporting the events that were not accepted.
 *
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
public final class EventGridPublisher implements AutoCloseable {

	/**
	 * The api-version of the publish API.
	 */
	public static final String API_VERSION = "2018-01-01";

	/**
	 * The {@code SmartLifecycle} phase in which the auto-configuration stops the
	 * publishers: after the web server has stopped ({@code DEFAULT_PHASE - 2048}), so
	 * that the requests it still handled could send, and before Reactor Netty's shared
	 * resources, whose connection pool the requests use, are disposed (phase 0).
	 */
	public static final int SHUTDOWN_PHASE = Integer.MAX_VALUE - 3072;

	/**
	 * The api-version of the namespace data plane.
	 */
	public static final String NAMESPACE_API_VERSION = "2024-06-01";

	/**
	 * The most events a namespace topic takes in one request.
	 */
	static final int NAMESPACE_MAX_EVENTS_PER_REQUEST = 1000;

	/**
	 * The most bytes of request body chunks a publisher keeps for reuse.
	 */
	private static final long MAX_POOLED_BYTES = 4L * 1024 * 1024;

	private static final Pattern NAMESPACE_NAME = Pattern.compile("[A-Za-z0-9-]{3,50}");

	private final String name;

	private final URI endpoint;

	private final String destination;

	private final EventSchema schema;

	private final @Nullable String domainTopic;

	private final @Nullable String namespaceTopic;

	private final EventGridCredential credential;

	private final int maxEventsPerRequest;

	private final long maxRequestSize;

	private final int concurrency;

	private final long maxEventSize;

	private final @Nullable String cloudEventSource;

	private final @Nullable String typePrefix;

	private final @Nullable String channelName;

	private final @Nullable JsonMapper jsonMapper;

	private final Supplier<WebClient> webClient;

	private final RetrySettings retry;

	private final RateLimitSettings rateLimit;

	private final URI publishUri;

	private final Deadlines deadlines;

	// Built on first use (the warm-up once the application is ready, else the first send
	// or wrap): loading their classes was 4 ms of every application's start.
	private final SingletonSupplier<Parts> parts = SingletonSupplier.of(this::createParts);

	private final OutcomeTracker outcomes = new OutcomeTracker();

	private final AtomicBoolean closed = new AtomicBoolean();

	private final InFlightSends inFlight;

	private EventGridPublisher(Builder builder, URI endpoint, EventGridCredential credential) {
		this.name = builder.name;
		this.endpoint = endpoint;
		this.namespaceTopic = builder.namespaceTopic;
		this.destination = (this.namespaceTopic != null) ? this.namespaceTopic : destination(endpoint);
		this.schema = builder.schema;
		this.domainTopic = builder.domainTopic;
		this.credential = (this.namespaceTopic != null) ? credential.forNamespace() : credential;
		this.maxRequestSize = builder.maxRequestSize.toBytes();
		this.maxEventsPerRequest = (this.namespaceTopic != null) ? NAMESPACE_MAX_EVENTS_PER_REQUEST : Integer.MAX_VALUE;
		this.concurrency = builder.concurrency;
		// An event must also fit in a request on its own, between the array's brackets.
		this.maxEventSize = Math.min(builder.maxEventSize.toBytes(), this.maxRequestSize - 2);
		this.cloudEventSource = builder.cloudEventSource;
		this.typePrefix = builder.typePrefix;
		this.channelName = builder.channelName;
		this.jsonMapper = builder.jsonMapper;
		this.webClient = SingletonSupplier.of(builder.webClient);
		this.retry = new RetrySettings(builder.maxAttempts, builder.initialBackoff, builder.maxBackoff,
				builder.tryTimeout, builder.timeout);
		this.rateLimit = new RateLimitSettings(builder.adaptiveRateLimit, builder.maxEventsPerSecond,
				(builder.maxBytesPerSecond != null) ? builder.maxBytesPerSecond.toBytes() : 0);
		this.deadlines = Deadlines.acquire();
		this.publishUri = (this.namespaceTopic != null) ? namespacePublishUri(endpoint, this.namespaceTopic)
				: publishUri(endpoint);
		this.inFlight = new InFlightSends(this.name);
	}

	private Parts createParts() {
		JsonMapper mapper = (this.jsonMapper != null) ? this.jsonMapper : JsonMapper.builder().build();
		return new Parts(
				new EventPreparer(this.name, this.schema, this.domainTopic, this.namespaceTopic, mapper,
						this.maxEventSize),
				new PayloadWrapper(this.name, this.schema, this.cloudEventSource, this.typePrefix, this.domainTopic),
				new RequestSender(this.name, this.publishUri, this.schema, this.credential, this.webClient,
						this.deadlines, this.channelName, this.retry, this.outcomes,
						new RateLimiter(this.rateLimit, System::nanoTime)),
				new BodyBuffers(Math.min(4 * this.maxRequestSize, MAX_POOLED_BYTES)));
	}

	/**
	 * Start building a publisher.
	 * @param endpoint the topic or domain endpoint, such as
	 * {@code https://orders.westus2-1.eventgrid.azure.net/api/events}
	 * @return a new builder
	 */
	public static Builder builder(String endpoint) {
		return new Builder(endpoint);
	}

	/**
	 * Return the publisher's name, by which a template finds it.
	 * @return the name
	 */
	public String getName() {
		return this.name;
	}

	/**
	 * Return the endpoint the publisher sends to.
	 * @return the endpoint
	 */
	public URI getEndpoint() {
		return this.endpoint;
	}

	/**
	 * Return the name of the topic or domain the publisher sends to, as observations name
	 * it: the first label of an Event Grid host, the path segment before
	 * {@code /api/events} elsewhere (such as the emulator), or the host.
	 * @return the destination name
	 */
	public String getDestination() {
		return this.destination;
	}

	/**
	 * Return the schema of the events the publisher sends.
	 * @return the schema
	 */
	public EventSchema getSchema() {
		return this.schema;
	}

	/**
	 * Return how the publisher authorizes its requests.
	 * @return the credential
	 */
	public EventGridCredential getCredential() {
		return this.credential;
	}

	/**
	 * Return the namespace topic the publisher sends to.
	 * @return the namespace topic, or {@code null} if the endpoint is a topic or domain
	 */
	public @Nullable String getNamespaceTopic() {
		return this.namespaceTopic;
	}

	/**
	 * Return the domain topic given to events that name none.
	 * @return the domain topic, or {@code null}
	 */
	public @Nullable String getDomainTopic() {
		return this.domainTopic;
	}

	/**
	 * Return how the endpoint answered the publisher's last request that ended, for
	 * health checks; it costs no request.
	 * @return the outcome, {@link PublisherOutcome#NONE} before the first request ends
	 */
	public PublisherOutcome getLastOutcome() {
		return this.outcomes.last();
	}

	/**
	 * Send events that are all in memory: every event is checked and serialized before
	 * the first request leaves.
	 * @param events the events
	 * @return the result
	 */
	public Mono<SendResult> send(Iterable<?> events) {
		return send(events, Map.of(), SendListener.NONE);
	}

	Mono<SendResult> send(Iterable<?> events, Map<String, String> traceContext, SendListener listener) {
		return inFlight((send) -> {
			Assert.notNull(events, "'events' must not be null");
			// A JSON object is Iterable too, over its values: it is one event.
			Iterable<?> all = (events instanceof JsonNode node && !node.isArray()) ? List.of(node) : events;
			Parts parts = this.parts.obtain();
			EventPreparer preparer = parts.preparer();
			RequestWriter writer = new RequestWriter(preparer, preparer.writer(traceContext), this.maxRequestSize,
					this.maxEventsPerRequest, expectedSize(all), parts.bodyBuffers(), this.namespaceTopic != null);
			List<RequestBatch> batches = null;
			int index = 0;
			for (Object event : all) {
				Object prepared = preparer.prepare(event, index);
				RequestBatch full = writer.write(event, prepared, index);
				if (full != null) {
					batches = (batches != null) ? batches : new ArrayList<>();
					batches.add(full);
				}
				index++;
			}
			RequestBatch last = writer.finish();
			if (batches == null) {
				Assert.isTrue(last != null, "'events' must not be empty");
				return sendOne(parts.sender(), last, send, traceContext, listener);
			}
			if (last != null) {
				batches.add(last);
			}
			SendTracker tracker = new SendTracker(this.name, null);
			batches.forEach(tracker::prepared);
			return sendPrepared(parts.sender(), Flux.fromIterable(batches), tracker, send, traceContext, listener);
		});
	}

	/**
	 * Stream events: each is checked and serialized as it arrives, and each request
	 * leaves when it is full or the stream ends. An invalid event stops the stream; the
	 * events before it that were accepted are reported.
	 * @param events the events
	 * @return the result
	 */
	public Mono<SendResult> send(Publisher<?> events) {
		return send(events, Map.of(), SendListener.NONE);
	}

	Mono<SendResult> send(Publisher<?> events, Map<String, String> traceContext, SendListener listener) {
		Assert.notNull(events, "'events' must not be null");
		return inFlight((send) -> {
			Parts parts = this.parts.obtain();
			EventPreparer preparer = parts.preparer();
			RequestWriter writer = new RequestWriter(preparer, preparer.writer(traceContext), this.maxRequestSize,
					this.maxEventsPerRequest, -1, parts.bodyBuffers(), this.namespaceTopic != null);
			AtomicInteger index = new AtomicInteger();
			SendTracker tracker = new SendTracker(this.name, writer);
			// The tracker writes and counts each event, so that a send stopped by a
			// shutdown accounts for every event it took.
			Flux<RequestBatch> prepared = Flux.from(events).<RequestBatch>handle((event, sink) -> {
				RequestBatch full = tracker.write(() -> {
					int position = index.getAndIncrement();
					return writer.write(event, preparer.prepare(event, position), position);
				}, false);
				if (full != null) {
					sink.next(full);
				}
			}).concatWith(Mono.fromSupplier(() -> tracker.write(writer::finish, true)));
			return sendPrepared(parts.sender(), prepared, tracker, send, traceContext, listener);
		});
	}

	/**
	 * Wrap a payload as an event of this publisher's schema, with attributes from
	 * {@link dev.eventgrid.spring.EventGridHeaders} headers and this publisher's
	 * defaults.
	 * @param payload the event data
	 * @param headers event attributes
	 * @return the event
	 */
	public Object wrap(Object payload, Map<String, ?> headers) {
		Assert.notNull(payload, "'payload' must not be null");
		Assert.notNull(headers, "'headers' must not be null");
		return this.parts.obtain().wrapper().wrap(payload, headers);
	}

	/**
	 * Prepare what the first send would otherwise prepare, sending nothing: build the
	 * client that sends requests and write a sample event with this publisher's
	 * serializers. Called in the background once the application is ready, unless
	 * {@code eventgrid.warm-up.enabled=false}.
	 */
	public void warmUp() {
		if (this.closed.get()) {
			return;
		}
		Parts parts = this.parts.obtain();
		parts.sender().warmUp();
		Object sample = switch (this.schema) {
			case CLOUD_EVENT -> CloudEvent.builder().source("/warm-up").type("warm-up").data(Map.of("n", 1)).build();
			case EVENT_GRID_EVENT -> EventGridEvent.builder()
				.subject("warm-up")
				.eventType("warm-up")
				.dataVersion("1")
				.topic(this.domainTopic)
				.data(Map.of("n", 1))
				.build();
			case CUSTOM -> Map.of("n", 1);
		};
		EventPreparer preparer = parts.preparer();
		RequestWriter writer = new RequestWriter(preparer, preparer.writer(Map.of()), this.maxRequestSize, 1,
				parts.bodyBuffers());
		writer.write(sample, preparer.prepare(sample, 0), 0);
		RequestBatch written = writer.finish();
		if (written != null) {
			written.body().recycle();
		}
	}

	/**
	 * Shut the publisher down gracefully: refuse new sends with an
	 * {@link EventGridShutdownException}, let running sends start no new request, let
	 * their requests in flight finish until {@code timeout}, and cancel those left then.
	 * Every running send ends with its result or an exception that reports the events not
	 * accepted ({@link dev.eventgrid.spring.EventGridPartialSendException}, caused by an
	 * {@code EventGridShutdownException}). {@link #start()} takes sends again.
	 * @param timeout how long requests in flight may take to finish
	 * @return completes when no send is running any more
	 */
	public Mono<Void> stop(Duration timeout) {
		Assert.notNull(timeout, "'timeout' must not be null");
		Assert.isTrue(!timeout.isNegative(), () -> "'timeout' must not be negative but was " + timeout);
		return this.inFlight.stop(timeout);
	}

	/**
	 * Take sends again after {@link #stop(Duration)}, such as when a stopped application
	 * context starts again; a closed publisher stays closed.
	 */
	public void start() {
		this.inFlight.start();
	}

	/**
	 * Close the publisher: later sends fail, and the resources it shared with other
	 * publishers are given back. Sends in flight complete; {@link #stop(Duration)} first
	 * ends them.
	 */
	@Override
	public void close() {
		if (this.closed.compareAndSet(false, true)) {
			this.deadlines.release();
		}
	}

	private void checkOpen() {
		Assert.state(!this.closed.get(), () -> "Publisher '" + this.name + "' is closed");
	}

	/**
	 * Run a send counted among the sends in flight, unless the publisher is closed or
	 * shutting down.
	 * @param send builds the send
	 * @return the send
	 */
	private Mono<SendResult> inFlight(Function<InFlightSends.InFlightSend, Mono<SendResult>> send) {
		return Mono.defer(() -> {
			checkOpen();
			InFlightSends.InFlightSend running = this.inFlight.register();
			try {
				return send.apply(running).doFinally((signal) -> this.inFlight.unregister(running));
			}
			catch (RuntimeException | Error ex) {
				this.inFlight.unregister(running);
				throw ex;
			}
		});
	}

	/**
	 * Send the only request of a send, which needs no account of other requests.
	 * @param sender sends the request
	 * @param batch the request
	 * @param send the send in flight, whose request is cancelled at a shutdown's deadline
	 * @param traceContext the trace context headers to send with it, by name; may be
	 * empty
	 * @param listener told when the request is accepted or has failed for good
	 * @return the result of the send
	 */
	private Mono<SendResult> sendOne(RequestSender sender, RequestBatch batch, InFlightSends.InFlightSend send,
			Map<String, String> traceContext, SendListener listener) {
		return sender.send(batch, traceContext, listener)
			.takeUntilOther(send.aborted())
			.switchIfEmpty(Mono.error(() -> new EventGridShutdownException("Publisher '" + this.name + "' is shutting "
					+ "down and cancelled the request of " + batch.events().size() + " event(s) still in flight at the "
					+ "deadline (spring.lifecycle.timeout-per-shutdown-phase); none is known to be accepted, send them "
					+ "again once the application runs", batch.events().size())))
			.map((attempts) -> new SendResult(this.name, batch.events().size(), 1, batch.body().size(), attempts));
	}

	// Why two signals: when shutdown begins, a send starts no new request (stopped) but
	// lets those in flight finish; at the deadline, they are cancelled (aborted). The
	// tracker then reports whatever was not accepted.
	private Mono<SendResult> sendPrepared(RequestSender sender, Flux<RequestBatch> prepared, SendTracker tracker,
			InFlightSends.InFlightSend send, Map<String, String> traceContext, SendListener listener) {
		send.track(tracker);
		return prepared.takeUntilOther(send.stopped())
			.takeWhile((batch) -> !tracker.hasFailed())
			.flatMapSequentialDelayError((batch) -> sender.send(batch, traceContext, listener)
				.doOnNext((attempts) -> tracker.accepted(batch, attempts))
				.onErrorResume((ex) -> {
					tracker.failed(ex);
					return Mono.empty();
				}), this.concurrency, 1)
			.takeUntilOther(send.aborted())
			.onErrorResume((ex) -> {
				tracker.failed(ex);
				return Mono.empty();
			})
			.then(Mono.defer(tracker::outcome));
	}

	private static int expectedSize(Iterable<?> events) {
		if (events instanceof Collection<?> collection) {
			return collection.size();
		}
		return (events instanceof JsonNode node) ? node.size() : -1;
	}

	private static String destination(URI endpoint) {
		String host = endpoint.getHost();
		if (host.endsWith(".eventgrid.azure.net")) {
			return host.substring(0, host.indexOf('.'));
		}
		String path = endpoint.getPath();
		int api = path.lastIndexOf("/api/events");
		if (api > 0) {
			return path.substring(path.lastIndexOf('/', api - 1) + 1, api);
		}
		return host;
	}

	private static URI namespacePublishUri(URI endpoint, String topic) {
		String text = endpoint.toString();
		String base = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
		return URI.create(base + "/topics/" + topic + ":publish?api-version=" + NAMESPACE_API_VERSION);
	}

	private static URI publishUri(URI endpoint) {
		String text = endpoint.toString();
		if (text.contains("api-version=")) {
			return endpoint;
		}
		return URI.create(text + ((endpoint.getRawQuery() != null) ? "&" : "?") + "api-version=" + API_VERSION);
	}

	@Override
	public String toString() {
		return "EventGridPublisher[name=" + this.name + ", endpoint=" + this.endpoint
				+ ((this.namespaceTopic != null) ? ", namespaceTopic=" + this.namespaceTopic : "") + ", schema="
				+ this.schema.getId() + "]";
	}

	/**
	 * What a publisher builds on first use.
	 *
	 * @param preparer checks and serializes events
	 * @param wrapper wraps payloads as events
	 * @param sender sends requests
	 * @param bodyBuffers the pool of request bodies
	 */
	private record Parts(EventPreparer preparer, PayloadWrapper wrapper, RequestSender sender,
			BodyBuffers bodyBuffers) {

	}

	/**
	 * Builder for {@link EventGridPublisher}.
	 */
	public static final class Builder {

		private final String endpoint;

		private String name = "default";

		private EventSchema schema = EventSchema.CLOUD_EVENT;

		private @Nullable EventGridCredential credential;

		private Supplier<WebClient> webClient = WebClient::create;

		private @Nullable JsonMapper jsonMapper;

		private @Nullable String domainTopic;

		private @Nullable String channelName;

		private @Nullable String namespaceTopic;

		private @Nullable String cloudEventSource;

		private @Nullable String typePrefix;

		private DataSize maxRequestSize = DataSize.ofMegabytes(1);

		private DataSize maxEventSize = DataSize.ofMegabytes(1);

		private int concurrency = 1;

		private int maxAttempts = RetrySettings.DEFAULTS.maxAttempts();

		private Duration initialBackoff = RetrySettings.DEFAULTS.initialBackoff();

		private Duration maxBackoff = RetrySettings.DEFAULTS.maxBackoff();

		private Duration tryTimeout = RetrySettings.DEFAULTS.tryTimeout();

		private Duration timeout = RetrySettings.DEFAULTS.timeout();

		private boolean allowInsecureEndpoint;

		private boolean adaptiveRateLimit = RateLimitSettings.DEFAULTS.adaptive();

		private int maxEventsPerSecond;

		private @Nullable DataSize maxBytesPerSecond;

		private Builder(String endpoint) {
			this.endpoint = endpoint;
		}

		/**
		 * Set the name by which a template finds this publisher; defaults to
		 * {@code default}.
		 * @param name the name
		 * @return this builder
		 */
		public Builder name(String name) {
			Assert.hasText(name, "'name' must not be empty");
			this.name = name;
			return this;
		}

		/**
		 * Set the schema of the topic's events; defaults to CloudEvents.
		 * @param schema the schema
		 * @return this builder
		 */
		public Builder schema(EventSchema schema) {
			Assert.notNull(schema, "'schema' must not be null");
			this.schema = schema;
			return this;
		}

		/**
		 * Set how requests are authorized (required).
		 * @param credential the credential
		 * @return this builder
		 */
		public Builder credential(EventGridCredential credential) {
			this.credential = credential;
			return this;
		}

		/**
		 * Set the client that sends requests; defaults to {@code WebClient.create()}.
		 * @param webClient the client
		 * @return this builder
		 */
		public Builder webClient(WebClient webClient) {
			Assert.notNull(webClient, "'webClient' must not be null");
			this.webClient = () -> webClient;
			return this;
		}

		/**
		 * Set what builds the client that sends requests, called once, on the first send:
		 * building a client creates its HTTP connector, which an application that never
		 * sends need not pay for at startup.
		 * @param webClient builds the client
		 * @return this builder
		 */
		public Builder webClient(Supplier<WebClient> webClient) {
			Assert.notNull(webClient, "'webClient' must not be null");
			this.webClient = webClient;
			return this;
		}

		/**
		 * Set the mapper that writes events and their data; defaults to a plain
		 * {@link JsonMapper}.
		 * @param jsonMapper the mapper
		 * @return this builder
		 */
		public Builder jsonMapper(@Nullable JsonMapper jsonMapper) {
			this.jsonMapper = jsonMapper;
			return this;
		}

		/**
		 * Set the domain topic given to events that name none: EventGridEvent
		 * {@code topic}, or CloudEvent {@code source} when wrapping a payload or reading
		 * a map.
		 * @param domainTopic the domain topic
		 * @return this builder
		 */
		public Builder domainTopic(@Nullable String domainTopic) {
			this.domainTopic = domainTopic;
			return this;
		}

		/**
		 * Send to a topic of an Event Grid namespace: the endpoint is then the namespace
		 * endpoint, such as {@code https://<namespace>.<region>-1.eventgrid.azure.net},
		 * requests go to {@code <endpoint>/topics/<topic>:publish}, the schema must be
		 * CloudEvents, and an access key is sent as
		 * {@code Authorization: SharedAccessKey}.
		 * @param namespaceTopic the namespace topic: 3 to 50 letters, digits and hyphens
		 * @return this builder
		 */
		public Builder namespaceTopic(@Nullable String namespaceTopic) {
			this.namespaceTopic = namespaceTopic;
			return this;
		}

		/**
		 * Set the partner channel name sent as {@code aeg-channel-name}; CloudEvents
		 * only.
		 * @param channelName the channel name
		 * @return this builder
		 */
		public Builder channelName(@Nullable String channelName) {
			this.channelName = channelName;
			return this;
		}

		/**
		 * Set the CloudEvent {@code source} of wrapped payloads.
		 * @param source the source, a URI reference
		 * @return this builder
		 */
		public Builder cloudEventSource(@Nullable String source) {
			this.cloudEventSource = source;
			return this;
		}

		/**
		 * Set the prefix of the type of wrapped payloads, followed by the payload's
		 * simple class name; without one, the type is the payload's fully qualified class
		 * name.
		 * @param typePrefix the prefix, such as {@code com.contoso.orders.}
		 * @return this builder
		 */
		public Builder typePrefix(@Nullable String typePrefix) {
			this.typePrefix = typePrefix;
			return this;
		}

		/**
		 * Set the largest request body; defaults to 1 MB.
		 * @param maxRequestSize the size
		 * @return this builder
		 */
		public Builder maxRequestSize(DataSize maxRequestSize) {
			this.maxRequestSize = maxRequestSize;
			return this;
		}

		/**
		 * Set the largest serialized event; defaults to 1 MB.
		 * @param maxEventSize the size
		 * @return this builder
		 */
		public Builder maxEventSize(DataSize maxEventSize) {
			this.maxEventSize = maxEventSize;
			return this;
		}

		/**
		 * Set how many requests of one send may be in flight at once; defaults to 1,
		 * which keeps acceptance in order.
		 * @param concurrency the concurrency
		 * @return this builder
		 */
		public Builder concurrency(int concurrency) {
			this.concurrency = concurrency;
			return this;
		}

		/**
		 * Set the attempts per request, the first included; defaults to 4.
		 * @param maxAttempts the attempts
		 * @return this builder
		 */
		public Builder maxAttempts(int maxAttempts) {
			this.maxAttempts = maxAttempts;
			return this;
		}

		/**
		 * Set the delay before the first retry, doubled for each further one, unless the
		 * service asks for another; defaults to 800 ms.
		 * @param initialBackoff the delay
		 * @return this builder
		 */
		public Builder initialBackoff(Duration initialBackoff) {
			this.initialBackoff = initialBackoff;
			return this;
		}

		/**
		 * Set the longest computed retry delay; defaults to 8 s.
		 * @param maxBackoff the delay
		 * @return this builder
		 */
		public Builder maxBackoff(Duration maxBackoff) {
			this.maxBackoff = maxBackoff;
			return this;
		}

		/**
		 * Set how long one attempt may take; defaults to 10 s.
		 * @param tryTimeout the timeout
		 * @return this builder
		 */
		public Builder tryTimeout(Duration tryTimeout) {
			this.tryTimeout = tryTimeout;
			return this;
		}

		/**
		 * Set how long a request may take, retries included; defaults to 30 s.
		 * @param timeout the timeout
		 * @return this builder
		 */
		public Builder timeout(Duration timeout) {
			this.timeout = timeout;
			return this;
		}

		/**
		 * Set whether to slow down when the topic answers {@code 429}, pacing requests at
		 * the rate it accepts, and to speed up again while it does not; defaults to true.
		 * @param adaptiveRateLimit whether to adapt the rate to the topic's limit
		 * @return this builder
		 */
		public Builder adaptiveRateLimit(boolean adaptiveRateLimit) {
			this.adaptiveRateLimit = adaptiveRateLimit;
			return this;
		}

		/**
		 * Set the most events a second the publisher sends, such as a share of the
		 * topic's 5,000; defaults to 0, no fixed limit.
		 * @param maxEventsPerSecond the limit, 0 for none
		 * @return this builder
		 */
		public Builder maxEventsPerSecond(int maxEventsPerSecond) {
			this.maxEventsPerSecond = maxEventsPerSecond;
			return this;
		}

		/**
		 * Set the most request body bytes a second the publisher sends, such as a share
		 * of the topic's 1 MB; defaults to none.
		 * @param maxBytesPerSecond the limit, or {@code null} for none
		 * @return this builder
		 */
		public Builder maxBytesPerSecond(@Nullable DataSize maxBytesPerSecond) {
			this.maxBytesPerSecond = maxBytesPerSecond;
			return this;
		}

		/**
		 * Set whether credentials may be sent over plain HTTP to hosts other than
		 * loopback; defaults to false.
		 * @param allowInsecureEndpoint whether to allow it
		 * @return this builder
		 */
		public Builder allowInsecureEndpoint(boolean allowInsecureEndpoint) {
			this.allowInsecureEndpoint = allowInsecureEndpoint;
			return this;
		}

		/**
		 * Build the publisher, checking its settings.
		 * @return the publisher
		 * @throws IllegalArgumentException if a setting is missing or invalid
		 */
		public EventGridPublisher build() {
			URI uri = checkEndpoint();
			if (this.credential == null) {
				throw new IllegalArgumentException("Publisher '" + this.name + "' has no credential; give an access "
						+ "key, a SAS token or a token credential");
			}
			// Plain checks, not Assert with message suppliers: lambdas spun at startup.
			if (this.concurrency < 1) {
				throw new IllegalArgumentException(
						"Publisher '" + this.name + "' concurrency must be at least 1 but was " + this.concurrency);
			}
			checkSize(this.maxRequestSize, "maxRequestSize");
			checkSize(this.maxEventSize, "maxEventSize");
			if (this.maxEventsPerSecond < 0) {
				throw new IllegalArgumentException("Publisher '" + this.name
						+ "' maxEventsPerSecond must not be negative but was " + this.maxEventsPerSecond);
			}
			if (this.maxBytesPerSecond != null && this.maxBytesPerSecond.isNegative()) {
				throw new IllegalArgumentException("Publisher '" + this.name
						+ "' maxBytesPerSecond must not be negative but was " + this.maxBytesPerSecond);
			}
			if (this.namespaceTopic != null) {
				checkNamespace(uri);
			}
			if (this.channelName != null && this.schema != EventSchema.CLOUD_EVENT) {
				throw new IllegalArgumentException("Publisher '" + this.name + "' has a channel name, which only "
						+ "CloudEvents publishers to partner namespaces use; remove it or use schema cloud-event");
			}
			return new EventGridPublisher(this, uri, this.credential);
		}

		private URI checkEndpoint() {
			if (this.endpoint == null || this.endpoint.isBlank()) {
				throw new IllegalArgumentException("Publisher '" + this.name + "' endpoint must not be blank; give "
						+ "the topic endpoint, such as https://<topic>.<region>-1.eventgrid.azure.net/api/events");
			}
			URI uri;
			try {
				uri = new URI(this.endpoint.trim());
			}
			catch (URISyntaxException ex) {
				throw new IllegalArgumentException("Publisher '" + this.name + "' endpoint '" + this.endpoint
						+ "' is not a valid URL: " + ex.getReason(), ex);
			}
			String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
			if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
				throw new IllegalArgumentException("Publisher '" + this.name + "' endpoint '" + this.endpoint
						+ "' is not an absolute https URL, such as "
						+ "https://<topic>.<region>-1.eventgrid.azure.net/api/events");
			}
			if (scheme.equals("http") && !this.allowInsecureEndpoint && !isLoopback(uri.getHost())) {
				throw new IllegalArgumentException("Publisher '" + this.name + "' endpoint '" + this.endpoint
						+ "' uses plain HTTP, over which credentials are only sent to loopback addresses; use "
						+ "https:// or set eventgrid.allow-insecure-endpoint=true");
			}
			return uri;
		}

		private void checkNamespace(URI uri) {
			String topic = this.namespaceTopic;
			if (topic == null || !NAMESPACE_NAME.matcher(topic).matches()) {
				throw new IllegalArgumentException("Publisher '" + this.name + "' namespace topic '" + topic
						+ "' is not a namespace topic name: 3 to 50 letters, digits and hyphens");
			}
			if (this.schema != EventSchema.CLOUD_EVENT) {
				throw new IllegalArgumentException("Publisher '" + this.name + "' sends to namespace topic '" + topic
						+ "', which takes CloudEvents only, but its schema is " + this.schema.getId()
						+ "; use schema cloud-event, or a topic or domain endpoint for " + this.schema.getId()
						+ " events");
			}
			if (this.domainTopic != null || this.channelName != null) {
				throw new IllegalArgumentException("Publisher '" + this.name + "' sends to namespace topic '" + topic
						+ "', which has no domain topics nor partner channels; remove its "
						+ ((this.domainTopic != null) ? "domain topic" : "channel name"));
			}
			if (uri.getPath() != null && uri.getPath().endsWith("/api/events")) {
				throw new IllegalArgumentException("Publisher '" + this.name + "' endpoint '" + this.endpoint
						+ "' is a topic endpoint; a namespace topic needs the namespace endpoint, such as "
						+ "https://<namespace>.<region>-1.eventgrid.azure.net, without /api/events");
			}
			if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
				throw new IllegalArgumentException("Publisher '" + this.name + "' endpoint '" + this.endpoint
						+ "' has a query or fragment; give the namespace endpoint alone, such as "
						+ "https://<namespace>.<region>-1.eventgrid.azure.net");
			}
		}

		private void checkSize(@Nullable DataSize size, String property) {
			if (size == null || size.toBytes() <= 2) {
				throw new IllegalArgumentException(
						"Publisher '" + this.name + "' " + property + " must be more than 2 bytes but was " + size);
			}
		}

		private static boolean isLoopback(String host) {
			String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
			return bare.equalsIgnoreCase("localhost") || bare.startsWith("127.") || bare.equals("::1")
					|| bare.equals("0:0:0:0:0:0:0:1");
		}

	}

}
