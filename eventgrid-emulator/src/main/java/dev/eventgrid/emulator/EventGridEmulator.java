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

import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import dev.eventgrid.emulator.api.EmulatorApi;
import dev.eventgrid.emulator.auth.AccessTokenIssuer;
import dev.eventgrid.emulator.auth.PublishAuthenticator;
import dev.eventgrid.emulator.delivery.DeliveryAttempt;
import dev.eventgrid.emulator.delivery.DeliveryService;
import dev.eventgrid.emulator.delivery.EmulatedQueue;
import dev.eventgrid.emulator.delivery.EmulatedSubscription;
import dev.eventgrid.emulator.delivery.EventSubscription;
import dev.eventgrid.emulator.fault.FaultPlan;
import dev.eventgrid.emulator.identity.EntraAuthority;
import dev.eventgrid.emulator.logging.ActivityLog;
import dev.eventgrid.emulator.model.AcceptedEventsListener;
import dev.eventgrid.emulator.model.EmulatedTopic;
import dev.eventgrid.emulator.model.ReceivedEvent;
import dev.eventgrid.emulator.model.RecordedRequest;
import dev.eventgrid.emulator.namespace.EmulatedNamespace;
import dev.eventgrid.emulator.namespace.NamespaceService;
import dev.eventgrid.emulator.publish.PublishServer;
import dev.eventgrid.emulator.tls.TlsMaterial;

/**
 * A running local Azure Event Grid that serves the publish data plane of its topics and
 * domains on an HTTPS port and a plain HTTP port, records what it accepts, delivers it to
 * subscriptions and can be told to misbehave. Its Event Grid namespaces are served on the
 * same ports for pull delivery. Create one with {@link #builder()} and close it when
 * done.
 *
 * @author Event Grid for Spring Boot team
 */
public final class EventGridEmulator implements AutoCloseable {

	private final Map<String, EmulatedTopic> topics;

	private final String host;

	private final TlsMaterial tls;

	private final AccessTokenIssuer tokenIssuer;

	private final EntraAuthority authority;

	private final EventRecorder recorder;

	private final FaultPlan faults;

	private final DeliveryService deliveries;

	private final NamespaceService namespaces;

	private final PublishServer server;

	EventGridEmulator(EventGridEmulatorBuilder builder) {
		this.topics = builder.topics();
		this.host = builder.host();
		this.tls = builder.tlsMaterial();
		Clock clock = Clock.systemUTC();
		this.tokenIssuer = new AccessTokenIssuer(clock);
		this.authority = new EntraAuthority(builder.directory(), this.tokenIssuer, clock);
		this.deliveries = new DeliveryService(builder.deliverySettings(clock));
		List<AcceptedEventsListener> listeners = new ArrayList<>(builder.listeners());
		listeners.add(this.deliveries);
		this.recorder = new EventRecorder(this.topics, builder.recording(), listeners);
		this.faults = new FaultPlan();
		PublishAuthenticator authenticator = new PublishAuthenticator(this.tokenIssuer, clock);
		this.namespaces = new NamespaceService(builder.namespaces(),
				new NamespaceService.Settings(clock, builder.namespaceTimeScale(), authenticator, builder.recording()));
		try {
			this.server = PublishServer
				.start(new PublishServer.Settings(this.host, builder.httpsPort(), builder.httpPort(), this.tls,
						List.copyOf(this.topics.values()), authenticator, this.faults, this::requestCompleted,
						builder.maxEventSize(), builder.maxRequestSize(), clock,
						List.of(new EmulatorApi(new ApiState(this, this.recorder), this.host), this.authority.route(),
								this.deliveries.validationRoute(), this.namespaces.route()),
						builder.ingressThrottle()));
		}
		catch (RuntimeException ex) {
			this.deliveries.close();
			this.namespaces.close();
			throw ex;
		}
		this.authority.bind("https://" + endpointHost() + ":" + httpsPort(),
				"http://" + endpointHost() + ":" + httpPort());
		this.deliveries.validationBaseUrl("http://" + endpointHost() + ":" + httpPort());
		this.namespaces.baseUrls("https://" + endpointHost() + ":" + httpsPort(),
				"http://" + endpointHost() + ":" + httpPort());
		try {
			builder.subscriptions()
				.forEach((declared) -> this.deliveries.subscribe(topic(declared.topic()), declared.domainTopic(),
						declared.definition()));
		}
		catch (RuntimeException ex) {
			close();
			throw ex;
		}
	}

	private void requestCompleted(RecordedRequest request, List<ReceivedEvent> accepted) {
		ActivityLog.published(request, accepted);
		this.recorder.requestCompleted(request, accepted);
	}

	/**
	 * Start describing an emulator.
	 * @return a new builder
	 */
	public static EventGridEmulatorBuilder builder() {
		return new EventGridEmulatorBuilder();
	}

	/**
	 * Return the host the ports are bound to.
	 * @return the bind host
	 */
	public String host() {
		return this.host;
	}

	/**
	 * Return the HTTPS port.
	 * @return the bound HTTPS port
	 */
	public int httpsPort() {
		return this.server.httpsPort();
	}

	/**
	 * Return the plain HTTP port.
	 * @return the bound HTTP port
	 */
	public int httpPort() {
		return this.server.httpPort();
	}

	/**
	 * Return the HTTPS publish URL of a topic or domain, such as
	 * {@code https://localhost:61234/topics/orders/api/events}.
	 * @param name the topic or domain name
	 * @return the publish URL
	 */
	public String httpsEndpoint(String name) {
		return "https://" + endpointHost() + ":" + httpsPort() + topic(name).publishPath();
	}

	/**
	 * Return the plain HTTP publish URL of a topic or domain.
	 * @param name the topic or domain name
	 * @return the publish URL
	 */
	public String httpEndpoint(String name) {
		return "http://" + endpointHost() + ":" + httpPort() + topic(name).publishPath();
	}

	private String endpointHost() {
		String lowerCase = this.host.toLowerCase(Locale.ROOT);
		if (lowerCase.equals("localhost") || lowerCase.startsWith("127.") || lowerCase.equals("::1")
				|| lowerCase.equals("0.0.0.0") || lowerCase.equals("::")) {
			return "localhost";
		}
		return this.host.contains(":") ? "[" + this.host + "]" : this.host;
	}

	/**
	 * Return a declared topic or domain.
	 * @param name the topic or domain name, in any case
	 * @return the topic or domain
	 * @throws IllegalArgumentException if no topic or domain has that name
	 */
	public EmulatedTopic topic(String name) {
		EmulatedTopic topic = this.topics.get(name.toLowerCase(Locale.ROOT));
		if (topic == null) {
			throw new IllegalArgumentException(
					"No topic or domain named '" + name + "'; declared: " + this.topics.keySet());
		}
		return topic;
	}

	/**
	 * Return every declared topic and domain, in declaration order.
	 * @return the topics and domains
	 */
	public List<EmulatedTopic> topics() {
		return List.copyOf(this.topics.values());
	}

	/**
	 * Return the two access keys of a topic or domain.
	 * @param name the topic or domain name
	 * @return the keys, primary first
	 */
	public List<String> keys(String name) {
		return topic(name).keys();
	}

	/**
	 * Return the primary access key of a topic or domain.
	 * @param name the topic or domain name
	 * @return the primary key
	 */
	public String key(String name) {
		return topic(name).keys().get(0);
	}

	/**
	 * Return the ARM-style resource id of a topic or domain.
	 * @param name the topic or domain name
	 * @return the resource id
	 */
	public String resourceId(String name) {
		return topic(name).resourceId();
	}

	/**
	 * Return the certificate the HTTPS port serves.
	 * @return the server certificate
	 */
	public X509Certificate certificate() {
		return this.tls.certificate();
	}

	/**
	 * Return the certificate the HTTPS port serves, in PEM form.
	 * @return the PEM text
	 */
	public String certificatePem() {
		return this.tls.certificatePem();
	}

	/**
	 * Return a trust store that trusts the emulator's certificate.
	 * @return an in-memory PKCS12 trust store
	 */
	public KeyStore trustStore() {
		return this.tls.trustStore();
	}

	/**
	 * Return a trust manager factory that trusts the emulator's certificate.
	 * @return the trust manager factory
	 */
	public TrustManagerFactory trustManagerFactory() {
		return this.tls.trustManagerFactory();
	}

	/**
	 * Return a client SSL context that trusts the emulator's certificate, for example for
	 * the JDK's {@code HttpClient}.
	 * @return the SSL context
	 */
	public SSLContext sslContext() {
		return this.tls.clientSslContext();
	}

	/**
	 * Issue a bearer token the emulator accepts for one hour, as Entra ID would for the
	 * scope {@code https://eventgrid.azure.net/.default}.
	 * @return the signed JWT
	 */
	public String issueAccessToken() {
		return issueAccessToken(Duration.ofHours(1), AccessTokenIssuer.AUDIENCE);
	}

	/**
	 * Issue a bearer token with a chosen validity and audience, for example an expired
	 * one.
	 * @param validity how long the token is valid from now; negative for an expired token
	 * @param audience the audience; the emulator only accepts
	 * {@value AccessTokenIssuer#AUDIENCE}
	 * @return the signed JWT
	 */
	public String issueAccessToken(Duration validity, String audience) {
		return this.tokenIssuer.issue(validity, audience);
	}

	/**
	 * Return the emulator's Microsoft Entra ID authority, which issues bearer tokens to
	 * the applications and managed identities of the builder's
	 * {@link EventGridEmulatorBuilder#identities directory}.
	 * @return the authority
	 */
	public EntraAuthority authority() {
		return this.authority;
	}

	/**
	 * Return the events a topic or domain accepted, in arrival order.
	 * @param name the topic or domain name
	 * @return an immutable snapshot
	 */
	public List<ReceivedEvent> receivedEvents(String name) {
		return this.recorder.events(topic(name).name());
	}

	/**
	 * Return the events every topic and domain accepted, in request order.
	 * @return an immutable snapshot
	 */
	public List<ReceivedEvent> receivedEvents() {
		return this.recorder.allEvents();
	}

	/**
	 * Return how many events a topic or domain accepted, counted even when recording is
	 * disabled.
	 * @param name the topic or domain name
	 * @return the count since start or the last {@link #clear()}
	 */
	public long acceptedEventCount(String name) {
		return this.recorder.acceptedCount(topic(name).name());
	}

	/**
	 * Wait until a topic or domain has accepted at least a number of events.
	 * @param name the topic or domain name
	 * @param count the number of events to wait for
	 * @param timeout how long to wait at most
	 * @return the accepted events, at least {@code count}
	 * @throws IllegalStateException if fewer events arrived in time
	 * @throws InterruptedException if the thread was interrupted while waiting
	 */
	public List<ReceivedEvent> awaitEvents(String name, int count, Duration timeout) throws InterruptedException {
		return this.recorder.await(topic(name).name(), count, timeout);
	}

	/**
	 * Return every request the emulator received, in arrival order.
	 * @return an immutable snapshot
	 */
	public List<RecordedRequest> requests() {
		return this.recorder.requests();
	}

	/**
	 * Forget the recorded events, requests and token requests, the delivery attempts and
	 * dead-lettered events, and empty the subscription queues, those of namespaces
	 * included; the fault plans and the subscriptions are kept.
	 */
	public void clear() {
		this.recorder.clear();
		this.authority.clear();
		this.deliveries.clear();
		this.namespaces.clear();
	}

	/**
	 * Return a declared namespace.
	 * @param name the namespace name, in any case
	 * @return the namespace
	 * @throws IllegalArgumentException if no namespace has that name
	 */
	public EmulatedNamespace namespace(String name) {
		return this.namespaces.namespace(name);
	}

	/**
	 * Return every declared namespace, in declaration order.
	 * @return the namespaces
	 */
	public List<EmulatedNamespace> namespaces() {
		return this.namespaces.namespaces();
	}

	/**
	 * Create or replace a subscription on a topic, or on a whole domain, and run its
	 * validation handshake, returning once the endpoint answered.
	 * @param topic the name of the topic or domain
	 * @param subscription the subscription
	 * @return the subscription; its state tells how the handshake went
	 * @throws IllegalArgumentException if the topic is unknown, the delivery schema does
	 * not suit it, or the name is taken on another scope
	 */
	public EmulatedSubscription subscribe(String topic, EventSubscription subscription) {
		return this.deliveries.subscribe(topic(topic), null, subscription);
	}

	/**
	 * Create or replace a subscription on one topic of a domain and run its validation
	 * handshake, returning once the endpoint answered.
	 * @param domain the name of the domain
	 * @param domainTopic the name of the domain topic
	 * @param subscription the subscription
	 * @return the subscription; its state tells how the handshake went
	 * @throws IllegalArgumentException if the domain is unknown or not a domain, the
	 * delivery schema does not suit it, or the name is taken on another scope
	 */
	public EmulatedSubscription subscribe(String domain, String domainTopic, EventSubscription subscription) {
		return this.deliveries.subscribe(topic(domain), domainTopic, subscription);
	}

	/**
	 * Delete a subscription; its pending deliveries are dropped and its queue discarded.
	 * @param name the subscription name
	 * @throws IllegalArgumentException if there is no such subscription
	 */
	public void unsubscribe(String name) {
		this.deliveries.unsubscribe(name);
	}

	/**
	 * Return a subscription.
	 * @param name the subscription name, in any case
	 * @return the subscription
	 * @throws IllegalArgumentException if there is no such subscription
	 */
	public EmulatedSubscription subscription(String name) {
		return this.deliveries.subscription(name);
	}

	/**
	 * Return every subscription, in creation order.
	 * @return the subscriptions
	 */
	public List<EmulatedSubscription> subscriptions() {
		return this.deliveries.subscriptions();
	}

	/**
	 * Return the in-memory queue of a Storage Queue or Service Bus subscription.
	 * @param subscription the subscription name
	 * @return the queue
	 * @throws IllegalArgumentException if there is no such subscription or it is a
	 * webhook
	 */
	public EmulatedQueue queue(String subscription) {
		return this.deliveries.queue(subscription);
	}

	/**
	 * Return every delivery attempt of every subscription, oldest first.
	 * @return an immutable snapshot
	 */
	public List<DeliveryAttempt> deliveries() {
		return this.deliveries.deliveries(null);
	}

	/**
	 * Return the delivery attempts of one subscription, oldest first.
	 * @param subscription the subscription name
	 * @return an immutable snapshot
	 */
	public List<DeliveryAttempt> deliveries(String subscription) {
		return this.deliveries.deliveries(subscription);
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
		return this.deliveries.awaitDeliveries(subscription, count, timeout);
	}

	/**
	 * Return the fault plan whose rules apply to every topic and domain.
	 * @return the global fault plan
	 */
	public FaultPlan faults() {
		return this.faults;
	}

	/**
	 * Return a view of the fault plan whose new rules apply to one topic or domain.
	 * @param name the topic or domain name
	 * @return the scoped fault plan
	 */
	public FaultPlan faults(String name) {
		return this.faults.forTopic(topic(name).name());
	}

	/**
	 * Stop delivering, stop serving and release the ports.
	 */
	@Override
	public void close() {
		try {
			this.deliveries.close();
			this.namespaces.close();
		}
		finally {
			this.server.close();
		}
	}

	@Override
	public String toString() {
		return "EventGridEmulator[https=" + httpsPort() + ", http=" + httpPort() + ", topics=" + this.topics.values()
				+ ", namespaces=" + this.namespaces.namespaces() + "]";
	}

}
