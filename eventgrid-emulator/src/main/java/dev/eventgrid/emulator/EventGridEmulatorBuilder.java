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

package dev.eventgrid.emulator;

import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import javax.net.ssl.TrustManagerFactory;

import dev.eventgrid.emulator.delivery.DeliverySettings;
import dev.eventgrid.emulator.delivery.EventSubscription;
import dev.eventgrid.emulator.fault.IngressLimit;
import dev.eventgrid.emulator.fault.IngressThrottle;
import dev.eventgrid.emulator.identity.EntraDirectory;
import dev.eventgrid.emulator.model.AcceptedEventsListener;
import dev.eventgrid.emulator.model.EmulatedTopic;
import dev.eventgrid.emulator.model.EmulatedTopic.Kind;
import dev.eventgrid.emulator.model.InputSchema;
import dev.eventgrid.emulator.namespace.NamespaceDefinition;
import dev.eventgrid.emulator.tls.TlsMaterial;
import org.jspecify.annotations.Nullable;

/**
 * Describes an {@link EventGridEmulator}: its topics and domains, their subscriptions,
 * its namespaces, ports, size limits and certificate. By default it binds to the loopback
 * address on two free ports, generates a self-signed certificate and two random keys per
 * topic, limits events and requests to 1 MiB and delivers on Event Grid's own schedule.
 *
 * @author Event Grid for Spring Boot team
 */
public final class EventGridEmulatorBuilder {

	/**
	 * The default limit of an event and of a request body: 1 MiB.
	 */
	public static final int DEFAULT_MAX_SIZE = 1_048_576;

	private final Map<String, EmulatedTopic> topics = new LinkedHashMap<>();

	private final List<AcceptedEventsListener> listeners = new ArrayList<>();

	private final List<DeclaredSubscription> subscriptions = new ArrayList<>();

	private final List<NamespaceDefinition> namespaces = new ArrayList<>();

	private String host = InetAddress.getLoopbackAddress().getHostAddress();

	private int httpsPort;

	private int httpPort;

	private int maxEventSize = DEFAULT_MAX_SIZE;

	private int maxRequestSize = DEFAULT_MAX_SIZE;

	private @Nullable Path keyStorePath;

	private char @Nullable [] keyStorePassword;

	private @Nullable Path certificateStore;

	private boolean recording = true;

	private double deliveryTimeScale = 1;

	private double namespaceTimeScale = 1;

	private @Nullable TrustManagerFactory webhookTrust;

	private @Nullable Duration deliveryResponseTimeout;

	private EntraDirectory directory = EntraDirectory.create();

	private @Nullable IngressLimit ingressLimit;

	private final Map<String, IngressLimit> topicIngressLimits = new LinkedHashMap<>();

	EventGridEmulatorBuilder() {
	}

	/**
	 * Declare a topic with two generated access keys.
	 * @param name the topic name: 3 to 50 letters, digits and hyphens
	 * @param schema the input schema
	 * @return this builder
	 */
	public EventGridEmulatorBuilder topic(String name, InputSchema schema) {
		return add(new EmulatedTopic(name, Kind.TOPIC, schema, EmulatedTopic.generateKeys()));
	}

	/**
	 * Declare a topic with given access keys.
	 * @param name the topic name: 3 to 50 letters, digits and hyphens
	 * @param schema the input schema
	 * @param primaryKey the first access key, normally base64 of 32 random bytes
	 * @param secondaryKey the second access key
	 * @return this builder
	 */
	public EventGridEmulatorBuilder topic(String name, InputSchema schema, String primaryKey, String secondaryKey) {
		return add(new EmulatedTopic(name, Kind.TOPIC, schema, List.of(primaryKey, secondaryKey)));
	}

	/**
	 * Declare a domain with two generated access keys.
	 * @param name the domain name: 3 to 50 letters, digits and hyphens
	 * @param schema the input schema
	 * @return this builder
	 */
	public EventGridEmulatorBuilder domain(String name, InputSchema schema) {
		return add(new EmulatedTopic(name, Kind.DOMAIN, schema, EmulatedTopic.generateKeys()));
	}

	/**
	 * Declare a domain with given access keys.
	 * @param name the domain name: 3 to 50 letters, digits and hyphens
	 * @param schema the input schema
	 * @param primaryKey the first access key
	 * @param secondaryKey the second access key
	 * @return this builder
	 */
	public EventGridEmulatorBuilder domain(String name, InputSchema schema, String primaryKey, String secondaryKey) {
		return add(new EmulatedTopic(name, Kind.DOMAIN, schema, List.of(primaryKey, secondaryKey)));
	}

	private EventGridEmulatorBuilder add(EmulatedTopic topic) {
		String key = topic.name().toLowerCase(Locale.ROOT);
		if (this.topics.containsKey(key)) {
			throw new IllegalArgumentException("A topic or domain named '" + topic.name() + "' is already declared");
		}
		this.topics.put(key, topic);
		return this;
	}

	/**
	 * Declare an Event Grid namespace with its topics and queue subscriptions, served on
	 * the same ports under {@code /namespaces/{name}}.
	 * @param namespace the namespace
	 * @return this builder
	 */
	public EventGridEmulatorBuilder namespace(NamespaceDefinition namespace) {
		Objects.requireNonNull(namespace, "'namespace' must not be null");
		if (this.namespaces.stream().anyMatch((declared) -> declared.name().equalsIgnoreCase(namespace.name()))) {
			throw new IllegalArgumentException("A namespace named '" + namespace.name() + "' is already declared");
		}
		this.namespaces.add(namespace);
		return this;
	}

	/**
	 * Compress the durations of namespaces: lock duration, event time-to-live, release
	 * delays, the receive wait time and the one-hour lock renewal window are divided by
	 * the factor.
	 * @param factor how many times faster than the service, {@code 1} by default; 1000
	 * turns the 60-second lock into 60 ms
	 * @return this builder
	 */
	public EventGridEmulatorBuilder namespaceTimeScale(double factor) {
		if (!(factor > 0) || Double.isInfinite(factor)) {
			throw new IllegalArgumentException("The namespace time scale must be a positive number, not " + factor);
		}
		this.namespaceTimeScale = factor;
		return this;
	}

	/**
	 * Set the host to bind to; the default is the loopback address.
	 * @param host a host name or IP address, such as {@code 0.0.0.0} in a container
	 * @return this builder
	 */
	public EventGridEmulatorBuilder host(String host) {
		this.host = Objects.requireNonNull(host, "'host' must not be null");
		return this;
	}

	/**
	 * Set the HTTPS port; {@code 0}, the default, picks a free port.
	 * @param port the port
	 * @return this builder
	 */
	public EventGridEmulatorBuilder httpsPort(int port) {
		this.httpsPort = checkPort(port);
		return this;
	}

	/**
	 * Set the plain HTTP port; {@code 0}, the default, picks a free port.
	 * @param port the port
	 * @return this builder
	 */
	public EventGridEmulatorBuilder httpPort(int port) {
		this.httpPort = checkPort(port);
		return this;
	}

	private static int checkPort(int port) {
		if (port < 0 || port > 65535) {
			throw new IllegalArgumentException("Invalid port " + port);
		}
		return port;
	}

	/**
	 * Set the largest event accepted, in bytes of its JSON text; larger events get 413.
	 * @param bytes the limit, {@value #DEFAULT_MAX_SIZE} by default
	 * @return this builder
	 */
	public EventGridEmulatorBuilder maxEventSize(int bytes) {
		this.maxEventSize = checkSize(bytes);
		return this;
	}

	/**
	 * Set the largest request body accepted, in bytes; larger requests get 413.
	 * @param bytes the limit, {@value #DEFAULT_MAX_SIZE} by default
	 * @return this builder
	 */
	public EventGridEmulatorBuilder maxRequestSize(int bytes) {
		this.maxRequestSize = checkSize(bytes);
		return this;
	}

	private static int checkSize(int bytes) {
		if (bytes < 1) {
			throw new IllegalArgumentException("A size limit must be positive, not " + bytes);
		}
		return bytes;
	}

	/**
	 * Serve the first key entry of a PKCS12 keystore instead of a generated certificate.
	 * @param path the keystore file
	 * @param password the keystore and key password
	 * @return this builder
	 */
	public EventGridEmulatorBuilder keyStore(Path path, char[] password) {
		this.keyStorePath = Objects.requireNonNull(path, "'path' must not be null");
		this.keyStorePassword = password.clone();
		return this;
	}

	/**
	 * Keep the generated certificate in a PKCS12 file and serve the same one at every
	 * start, so that clients can trust it once; a new one is generated when the file is
	 * missing, about to expire or made for another host.
	 * @param file the PKCS12 file, created with its directory if needed
	 * @return this builder
	 */
	public EventGridEmulatorBuilder certificateStore(Path file) {
		this.certificateStore = Objects.requireNonNull(file, "'file' must not be null");
		return this;
	}

	/**
	 * Limit the ingress of every topic and domain, as Event Grid does: requests over the
	 * limit get {@code 429}. Off by default;
	 * {@code ingressLimit(IngressLimit.EVENT_GRID)} applies the service's documented
	 * 5,000 events or 1 MB per second.
	 * @param limit the limit of each topic and domain
	 * @return this builder
	 */
	public EventGridEmulatorBuilder ingressLimit(IngressLimit limit) {
		this.ingressLimit = Objects.requireNonNull(limit, "'limit' must not be null");
		return this;
	}

	/**
	 * Limit the ingress of one topic or domain, instead of the limit of all.
	 * @param topic the name of the topic or domain
	 * @param limit its limit
	 * @return this builder
	 */
	public EventGridEmulatorBuilder ingressLimit(String topic, IngressLimit limit) {
		this.topicIngressLimits.put(Objects.requireNonNull(topic, "'topic' must not be null"),
				Objects.requireNonNull(limit, "'limit' must not be null"));
		return this;
	}

	/**
	 * Set whether accepted events and requests are kept for assertions; counts are kept
	 * either way. Disable it when the emulator is a sink for long benchmarks.
	 * @param recording {@code true}, the default, to keep them
	 * @return this builder
	 */
	public EventGridEmulatorBuilder recording(boolean recording) {
		this.recording = recording;
		return this;
	}

	/**
	 * Add a listener told about the events of every accepted request.
	 * @param listener the listener
	 * @return this builder
	 */
	public EventGridEmulatorBuilder listener(AcceptedEventsListener listener) {
		this.listeners.add(Objects.requireNonNull(listener, "'listener' must not be null"));
		return this;
	}

	/**
	 * Declare a subscription on a topic, or on a whole domain, created when the emulator
	 * starts.
	 * @param topic the name of the topic or domain
	 * @param subscription the subscription
	 * @return this builder
	 */
	public EventGridEmulatorBuilder subscription(String topic, EventSubscription subscription) {
		return addSubscription(topic, null, subscription);
	}

	/**
	 * Declare a subscription on one topic of a domain, created when the emulator starts.
	 * @param domain the name of the domain
	 * @param domainTopic the name of the domain topic
	 * @param subscription the subscription
	 * @return this builder
	 */
	public EventGridEmulatorBuilder subscription(String domain, String domainTopic, EventSubscription subscription) {
		return addSubscription(domain, Objects.requireNonNull(domainTopic, "'domainTopic' must not be null"),
				subscription);
	}

	private EventGridEmulatorBuilder addSubscription(String topic, @Nullable String domainTopic,
			EventSubscription subscription) {
		this.subscriptions.add(new DeclaredSubscription(Objects.requireNonNull(topic, "'topic' must not be null"),
				domainTopic, Objects.requireNonNull(subscription, "'subscription' must not be null")));
		return this;
	}

	/**
	 * Compress Event Grid's delivery delays: the retry schedule, the per-status minimum
	 * delays, event time-to-live, the five-minute manual validation window and the
	 * 30-second response timeout are divided by the factor. The response timeout stays at
	 * least one second unless {@link #deliveryResponseTimeout(Duration)} sets it, and the
	 * validation handshake waits at least ten seconds.
	 * @param factor how many times faster than the service, {@code 1} by default; 1000
	 * turns the first 10-second retry into 10 ms
	 * @return this builder
	 */
	public EventGridEmulatorBuilder deliveryTimeScale(double factor) {
		if (!(factor > 0) || Double.isInfinite(factor)) {
			throw new IllegalArgumentException("The delivery time scale must be a positive number, not " + factor);
		}
		this.deliveryTimeScale = factor;
		return this;
	}

	/**
	 * Set how long to wait for a webhook's answer to a delivery, instead of the scaled 30
	 * seconds; the validation handshake waits at least ten seconds whatever it is.
	 * @param timeout the response timeout
	 * @return this builder
	 */
	public EventGridEmulatorBuilder deliveryResponseTimeout(Duration timeout) {
		if (timeout.isNegative() || timeout.isZero()) {
			throw new IllegalArgumentException("The response timeout must be positive, not " + timeout);
		}
		this.deliveryResponseTimeout = timeout;
		return this;
	}

	/**
	 * Set the trust for HTTPS webhooks, for example one that trusts a self-signed
	 * certificate; by default the JDK's trust store is used.
	 * @param trust the trust manager factory
	 * @return this builder
	 */
	public EventGridEmulatorBuilder webhookTrust(TrustManagerFactory trust) {
		this.webhookTrust = Objects.requireNonNull(trust, "'trust' must not be null");
		return this;
	}

	/**
	 * Set the applications and managed identities the emulator's Entra ID authority
	 * issues tokens to; by default it has none but the host's system-assigned managed
	 * identity.
	 * @param directory the tenant, its applications and managed identities
	 * @return this builder
	 */
	public EventGridEmulatorBuilder identities(EntraDirectory directory) {
		this.directory = Objects.requireNonNull(directory, "'directory' must not be null");
		return this;
	}

	/**
	 * Bind the ports, start serving and create the declared subscriptions, running their
	 * validation handshakes.
	 * @return the running emulator
	 * @throws IllegalStateException if no topic, domain or namespace was declared
	 */
	public EventGridEmulator start() {
		if (this.topics.isEmpty() && this.namespaces.isEmpty()) {
			throw new IllegalStateException("Declare at least one topic, domain or namespace");
		}
		return new EventGridEmulator(this);
	}

	Map<String, EmulatedTopic> topics() {
		return Collections.unmodifiableMap(new LinkedHashMap<>(this.topics));
	}

	String host() {
		return this.host;
	}

	int httpsPort() {
		return this.httpsPort;
	}

	int httpPort() {
		return this.httpPort;
	}

	int maxEventSize() {
		return this.maxEventSize;
	}

	int maxRequestSize() {
		return this.maxRequestSize;
	}

	boolean recording() {
		return this.recording;
	}

	List<AcceptedEventsListener> listeners() {
		return List.copyOf(this.listeners);
	}

	List<DeclaredSubscription> subscriptions() {
		return List.copyOf(this.subscriptions);
	}

	List<NamespaceDefinition> namespaces() {
		return List.copyOf(this.namespaces);
	}

	double namespaceTimeScale() {
		return this.namespaceTimeScale;
	}

	EntraDirectory directory() {
		return this.directory;
	}

	DeliverySettings deliverySettings(Clock clock) {
		return new DeliverySettings(this.deliveryTimeScale, this.webhookTrust, this.deliveryResponseTimeout, clock,
				100_000, 100_000);
	}

	IngressThrottle ingressThrottle() {
		return new IngressThrottle(this.ingressLimit, this.topicIngressLimits, System::nanoTime);
	}

	TlsMaterial tlsMaterial() {
		if (this.keyStorePath != null && this.keyStorePassword != null) {
			return TlsMaterial.fromPkcs12(this.keyStorePath, this.keyStorePassword);
		}
		return (this.certificateStore != null) ? TlsMaterial.stored(this.certificateStore, this.host)
				: TlsMaterial.selfSigned(this.host);
	}

	/**
	 * A subscription declared on the builder.
	 *
	 * @param topic the name of the topic or domain
	 * @param domainTopic the domain topic, or {@code null}
	 * @param definition the subscription
	 */
	record DeclaredSubscription(String topic, @Nullable String domainTopic, EventSubscription definition) {

	}

}
