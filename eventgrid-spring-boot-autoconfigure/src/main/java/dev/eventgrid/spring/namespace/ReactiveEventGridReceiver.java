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

package dev.eventgrid.spring.namespace;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import dev.eventgrid.spring.EventGridException;
import dev.eventgrid.spring.credential.EventGridCredential;
import dev.eventgrid.spring.event.CloudEvent;
import dev.eventgrid.spring.transport.OperationSender;
import dev.eventgrid.spring.transport.RetrySettings;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Receives the events of one queue subscription of an Event Grid namespace topic by pull
 * delivery, and settles them: {@link #receive(int, Duration) receive} locks up to 100
 * events to this receiver, then each is {@linkplain #acknowledge acknowledged} (gone for
 * every receiver), {@linkplain #release released} (received again, after an optional
 * delay), {@linkplain #reject rejected} (dead-lettered, or dropped) or has its lock
 * {@linkplain #renewLocks renewed}. Requests are retried on 408, 429 and 5xx answers and
 * I/O failures; a refused request fails with an {@link EventGridException} carrying the
 * status and the service's error code. Several receivers of one subscription compete for
 * its events.
 *
 * @author Event Grid for Spring Boot team
 * @since 0.2.0
 */
public final class ReactiveEventGridReceiver {

	/**
	 * The most events one receive returns.
	 */
	public static final int MAX_EVENTS = 100;

	/**
	 * The shortest wait of a receive.
	 */
	public static final Duration MIN_WAIT = Duration.ofSeconds(10);

	/**
	 * The longest wait of a receive.
	 */
	public static final Duration MAX_WAIT = Duration.ofSeconds(120);

	/**
	 * The api-version of the namespace data plane.
	 */
	public static final String API_VERSION = "2024-06-01";

	private static final Pattern NAME = Pattern.compile("[A-Za-z0-9-]{3,50}");

	private final String name;

	private final URI endpoint;

	private final String topic;

	private final String subscription;

	private final EventGridCredential credential;

	private final JsonMapper jsonMapper;

	private final OperationSender sender;

	private final String base;

	private ReactiveEventGridReceiver(Builder builder, URI endpoint, EventGridCredential credential) {
		this.name = builder.name;
		this.endpoint = endpoint;
		this.topic = builder.topic;
		this.subscription = builder.subscription;
		this.credential = credential.forNamespace();
		this.jsonMapper = (builder.jsonMapper != null) ? builder.jsonMapper : JsonMapper.builder().build();
		RetrySettings retry = new RetrySettings(builder.maxAttempts, builder.initialBackoff, builder.maxBackoff,
				builder.tryTimeout, builder.timeout);
		this.sender = new OperationSender("receiver '" + this.name + "'", this.credential,
				SingletonSupplier.of(builder.webClient), retry);
		String text = endpoint.toString();
		this.base = (text.endsWith("/") ? text.substring(0, text.length() - 1) : text) + "/topics/" + this.topic
				+ "/eventsubscriptions/" + this.subscription;
	}

	/**
	 * Start building a receiver.
	 * @param endpoint the namespace endpoint, such as
	 * {@code https://<namespace>.<region>-1.eventgrid.azure.net}
	 * @return a new builder
	 */
	public static Builder builder(String endpoint) {
		return new Builder(endpoint);
	}

	/**
	 * Return the receiver's name.
	 * @return the name
	 */
	public String getName() {
		return this.name;
	}

	/**
	 * Return the namespace endpoint.
	 * @return the endpoint
	 */
	public URI getEndpoint() {
		return this.endpoint;
	}

	/**
	 * Return the namespace topic.
	 * @return the topic
	 */
	public String getTopic() {
		return this.topic;
	}

	/**
	 * Return the event subscription of the topic.
	 * @return the subscription
	 */
	public String getSubscription() {
		return this.subscription;
	}

	/**
	 * Return how requests are authorized.
	 * @return the credential
	 */
	public EventGridCredential getCredential() {
		return this.credential;
	}

	/**
	 * Receive events: the service answers as soon as events are available, else with none
	 * once the wait is over.
	 * @param maxEvents the most events to receive, from 1 to {@value #MAX_EVENTS}
	 * @param maxWait how long the service may wait for events: whole seconds from 10 to
	 * 120
	 * @return the events received, locked to this receiver; empty if none arrived
	 * @throws IllegalArgumentException if an argument is out of range
	 */
	public Mono<List<ReceivedEvent>> receive(int maxEvents, Duration maxWait) {
		checkReceive(maxEvents, maxWait);
		URI uri = URI.create(this.base + ":receive?maxEvents=" + maxEvents + "&maxWaitTime=" + maxWait.toSeconds()
				+ "&api-version=" + API_VERSION);
		return this.sender.post(uri, null, "receive from " + describe(), maxWait).map(this::readReceived);
	}

	/**
	 * Acknowledge events: they are gone for every receiver.
	 * @param lockTokens the lock tokens of the events
	 * @return what became of each token
	 * @throws IllegalArgumentException if no token is given or one is blank
	 */
	public Mono<LockTokenResult> acknowledge(Collection<String> lockTokens) {
		return settle("acknowledge", "", lockTokens);
	}

	/**
	 * Release events at once: they can be received again, their delivery count grows.
	 * @param lockTokens the lock tokens of the events
	 * @return what became of each token
	 * @throws IllegalArgumentException if no token is given or one is blank
	 */
	public Mono<LockTokenResult> release(Collection<String> lockTokens) {
		return release(lockTokens, ReleaseDelay.NONE);
	}

	/**
	 * Release events after a delay: they can be received again once it is over.
	 * @param lockTokens the lock tokens of the events
	 * @param delay the delay
	 * @return what became of each token
	 * @throws IllegalArgumentException if no token is given or one is blank
	 */
	public Mono<LockTokenResult> release(Collection<String> lockTokens, ReleaseDelay delay) {
		if (delay == null) {
			throw new IllegalArgumentException("The release delay must not be null; use ReleaseDelay.NONE for none");
		}
		return settle("release", "&releaseDelayInSeconds=" + delay.getSeconds(), lockTokens);
	}

	/**
	 * Release events after a delay that Event Grid accepts.
	 * @param lockTokens the lock tokens of the events
	 * @param delay the delay: 0, 10 s, 1 min, 10 min or 1 h
	 * @return what became of each token
	 * @throws IllegalArgumentException if no token is given, one is blank, or the delay
	 * is not one the service accepts
	 */
	public Mono<LockTokenResult> release(Collection<String> lockTokens, Duration delay) {
		return release(lockTokens, ReleaseDelay.of(delay));
	}

	/**
	 * Reject events: they are dead-lettered if the subscription has a dead-letter
	 * destination, else dropped, and never received again.
	 * @param lockTokens the lock tokens of the events
	 * @return what became of each token
	 * @throws IllegalArgumentException if no token is given or one is blank
	 */
	public Mono<LockTokenResult> reject(Collection<String> lockTokens) {
		return settle("reject", "", lockTokens);
	}

	/**
	 * Renew the locks of events for another lock duration of the subscription; renewals
	 * must be asked within an hour of the receive.
	 * @param lockTokens the lock tokens of the events
	 * @return what became of each token
	 * @throws IllegalArgumentException if no token is given or one is blank
	 */
	public Mono<LockTokenResult> renewLocks(Collection<String> lockTokens) {
		return settle("renewLock", "", lockTokens);
	}

	private Mono<LockTokenResult> settle(String action, String query, Collection<String> lockTokens) {
		List<String> tokens = checkTokens(action, lockTokens);
		URI uri = URI.create(this.base + ":" + action + "?api-version=" + API_VERSION + query);
		return this.sender
			.post(uri, Map.of("lockTokens", tokens), action + " " + tokens.size() + " events of " + describe(),
					Duration.ZERO)
			.map(ReactiveEventGridReceiver::readResult);
	}

	private String describe() {
		return this.topic + "/" + this.subscription;
	}

	private void checkReceive(int maxEvents, @Nullable Duration maxWait) {
		if (maxEvents < 1 || maxEvents > MAX_EVENTS) {
			throw new IllegalArgumentException("Receiver '" + this.name + "' can receive 1 to " + MAX_EVENTS
					+ " events at once, not " + maxEvents);
		}
		if (maxWait == null || maxWait.compareTo(MIN_WAIT) < 0 || maxWait.compareTo(MAX_WAIT) > 0
				|| maxWait.toNanosPart() != 0) {
			throw new IllegalArgumentException("Receiver '" + this.name
					+ "' waits whole seconds from 10 to 120 for events (the service's maxWaitTime), not " + maxWait);
		}
	}

	private List<String> checkTokens(String action, @Nullable Collection<String> lockTokens) {
		if (lockTokens == null || lockTokens.isEmpty()) {
			throw new IllegalArgumentException(
					"Receiver '" + this.name + "' needs at least one lock token to " + action);
		}
		List<String> tokens = new ArrayList<>(lockTokens.size());
		for (String token : lockTokens) {
			if (token == null || token.isBlank()) {
				throw new IllegalArgumentException("Receiver '" + this.name + "' was given a null or blank lock "
						+ "token to " + action + "; pass the lockToken() of received events");
			}
			tokens.add(token);
		}
		return tokens;
	}

	private List<ReceivedEvent> readReceived(JsonNode answer) {
		List<ReceivedEvent> received = new ArrayList<>();
		int index = 0;
		for (JsonNode detail : answer.path("value")) {
			JsonNode broker = detail.path("brokerProperties");
			String lockToken = broker.path("lockToken").asString(null);
			JsonNode event = detail.get("event");
			if (lockToken == null || event == null || !event.isObject()) {
				throw new EventGridException("Receiver '" + this.name + "' got a receive answer whose entry " + index
						+ " has no lock token or event");
			}
			received.add(new ReceivedEvent(readEvent(event, index), lockToken, broker.path("deliveryCount").asInt(1)));
			index++;
		}
		return received;
	}

	private CloudEvent readEvent(JsonNode event, int index) {
		try {
			return this.jsonMapper.treeToValue(event, CloudEvent.class);
		}
		catch (RuntimeException ex) {
			throw new EventGridException("Receiver '" + this.name + "' cannot read the CloudEvent at index " + index
					+ " of a receive answer: " + ex.getMessage(), ex);
		}
	}

	private static LockTokenResult readResult(JsonNode answer) {
		List<String> succeeded = new ArrayList<>();
		for (JsonNode token : answer.path("succeededLockTokens")) {
			succeeded.add(token.asString());
		}
		List<FailedLockToken> failed = new ArrayList<>();
		for (JsonNode token : answer.path("failedLockTokens")) {
			JsonNode error = token.path("error");
			String code = error.isObject() ? error.path("code").asString("") : token.path("errorCode").asString("");
			String description = error.isObject() ? error.path("message").asString("")
					: token.path("errorDescription").asString("");
			failed.add(new FailedLockToken(token.path("lockToken").asString(""), code, description));
		}
		return new LockTokenResult(succeeded, failed);
	}

	@Override
	public String toString() {
		return "ReactiveEventGridReceiver[name=" + this.name + ", endpoint=" + this.endpoint + ", topic=" + this.topic
				+ ", subscription=" + this.subscription + "]";
	}

	/**
	 * Builder for {@link ReactiveEventGridReceiver}.
	 */
	public static final class Builder {

		private final String endpoint;

		private String name = "default";

		private String topic = "";

		private String subscription = "";

		private @Nullable EventGridCredential credential;

		private Supplier<WebClient> webClient = WebClient::create;

		private @Nullable JsonMapper jsonMapper;

		private int maxAttempts = RetrySettings.DEFAULTS.maxAttempts();

		private Duration initialBackoff = RetrySettings.DEFAULTS.initialBackoff();

		private Duration maxBackoff = RetrySettings.DEFAULTS.maxBackoff();

		private Duration tryTimeout = RetrySettings.DEFAULTS.tryTimeout();

		private Duration timeout = RetrySettings.DEFAULTS.timeout();

		private boolean allowInsecureEndpoint;

		private Builder(String endpoint) {
			this.endpoint = endpoint;
		}

		/**
		 * Set the receiver's name, for messages and listener containers; defaults to
		 * {@code default}.
		 * @param name the name
		 * @return this builder
		 */
		public Builder name(String name) {
			if (name == null || name.isBlank()) {
				throw new IllegalArgumentException("The receiver name must not be blank");
			}
			this.name = name;
			return this;
		}

		/**
		 * Set the namespace topic (required).
		 * @param topic 3 to 50 letters, digits and hyphens
		 * @return this builder
		 */
		public Builder topic(String topic) {
			this.topic = topic;
			return this;
		}

		/**
		 * Set the event subscription of the topic, in queue mode (required).
		 * @param subscription 3 to 50 letters, digits and hyphens
		 * @return this builder
		 */
		public Builder subscription(String subscription) {
			this.subscription = subscription;
			return this;
		}

		/**
		 * Set how requests are authorized (required): an access key of the namespace, a
		 * SAS token or a token credential.
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
			if (webClient == null) {
				throw new IllegalArgumentException("'webClient' must not be null");
			}
			this.webClient = () -> webClient;
			return this;
		}

		/**
		 * Set what builds the client that sends requests, called once, on the first
		 * request.
		 * @param webClient builds the client
		 * @return this builder
		 */
		public Builder webClient(Supplier<WebClient> webClient) {
			if (webClient == null) {
				throw new IllegalArgumentException("'webClient' must not be null");
			}
			this.webClient = webClient;
			return this;
		}

		/**
		 * Set the mapper that reads received events; defaults to a plain
		 * {@link JsonMapper}.
		 * @param jsonMapper the mapper
		 * @return this builder
		 */
		public Builder jsonMapper(@Nullable JsonMapper jsonMapper) {
			this.jsonMapper = jsonMapper;
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
		 * Set how long one attempt may take beyond the receive's wait; defaults to 10 s.
		 * @param tryTimeout the timeout
		 * @return this builder
		 */
		public Builder tryTimeout(Duration tryTimeout) {
			this.tryTimeout = tryTimeout;
			return this;
		}

		/**
		 * Set how long a request may take beyond the receive's wait, retries included;
		 * defaults to 30 s.
		 * @param timeout the timeout
		 * @return this builder
		 */
		public Builder timeout(Duration timeout) {
			this.timeout = timeout;
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
		 * Build the receiver, checking its settings.
		 * @return the receiver
		 * @throws IllegalArgumentException if a setting is missing or invalid
		 */
		public ReactiveEventGridReceiver build() {
			URI uri = checkEndpoint();
			checkName("topic", this.topic);
			checkName("subscription", this.subscription);
			if (this.credential == null) {
				throw new IllegalArgumentException("Receiver '" + this.name + "' has no credential; give a namespace "
						+ "access key, a SAS token or a token credential");
			}
			if (this.maxAttempts < 1) {
				throw new IllegalArgumentException(
						"Receiver '" + this.name + "' maxAttempts must be at least 1 but was " + this.maxAttempts);
			}
			return new ReactiveEventGridReceiver(this, uri, this.credential);
		}

		private void checkName(String what, @Nullable String value) {
			if (value == null || !NAME.matcher(value).matches()) {
				throw new IllegalArgumentException("Receiver '" + this.name + "' " + what + " '" + value
						+ "' is not a valid name: 3 to 50 letters, digits and hyphens");
			}
		}

		private URI checkEndpoint() {
			if (this.endpoint == null || this.endpoint.isBlank()) {
				throw new IllegalArgumentException("Receiver '" + this.name + "' endpoint must not be blank; give "
						+ "the namespace endpoint, such as https://<namespace>.<region>-1.eventgrid.azure.net");
			}
			URI uri;
			try {
				uri = new URI(this.endpoint.trim());
			}
			catch (URISyntaxException ex) {
				throw new IllegalArgumentException("Receiver '" + this.name + "' endpoint '" + this.endpoint
						+ "' is not a valid URL: " + ex.getReason(), ex);
			}
			String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
			if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))
					|| uri.getRawQuery() != null) {
				throw new IllegalArgumentException("Receiver '" + this.name + "' endpoint '" + this.endpoint
						+ "' is not an absolute https URL without query, such as "
						+ "https://<namespace>.<region>-1.eventgrid.azure.net");
			}
			if (uri.getPath() != null && uri.getPath().endsWith("/api/events")) {
				throw new IllegalArgumentException("Receiver '" + this.name + "' endpoint '" + this.endpoint
						+ "' is a topic endpoint; give the namespace endpoint, without /api/events");
			}
			if (scheme.equals("http") && !this.allowInsecureEndpoint && !isLoopback(uri.getHost())) {
				throw new IllegalArgumentException("Receiver '" + this.name + "' endpoint '" + this.endpoint
						+ "' uses plain HTTP, over which credentials are only sent to loopback addresses; use "
						+ "https:// or set eventgrid.allow-insecure-endpoint=true");
			}
			return uri;
		}

		private static boolean isLoopback(String host) {
			String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
			return bare.equalsIgnoreCase("localhost") || bare.startsWith("127.") || bare.equals("::1")
					|| bare.equals("0:0:0:0:0:0:0:1");
		}

	}

}
