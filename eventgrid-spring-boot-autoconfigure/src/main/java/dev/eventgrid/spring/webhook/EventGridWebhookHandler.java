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

package dev.eventgrid.spring.webhook;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dev.eventgrid.spring.event.EventGridPayload;
import dev.eventgrid.spring.event.EventGridPayloadReader;
import dev.eventgrid.spring.listener.EventGridDelivery;
import dev.eventgrid.spring.listener.EventGridListenerRegistry;
import dev.eventgrid.spring.listener.ListenerInvocation;
import dev.eventgrid.spring.observation.DefaultEventGridListenerObservationConvention;
import dev.eventgrid.spring.observation.EventGridListenerObservation;
import dev.eventgrid.spring.observation.EventGridListenerObservationConvention;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.util.Assert;

/**
 * Handles Event Grid's requests to the webhook paths of an
 * {@link EventGridListenerRegistry}, whichever web stack receives them: authenticates
 * them, answers both validation handshakes, reads the events (JSON in either schema, or
 * one CloudEvent in the binary content mode of the CloudEvents HTTP binding), calls the
 * listeners with a message per event or batch, and answers with the status that makes
 * Event Grid retry or dead-letter as each listener's error handler decides.
 *
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
public class EventGridWebhookHandler {

	/**
	 * Default largest request body, in bytes: 1 MiB, Event Grid's largest event and
	 * batch, plus 64 KiB.
	 */
	public static final int DEFAULT_MAX_REQUEST_SIZE = 1024 * 1024 + 64 * 1024;

	/**
	 * Default longest time a request body may take to arrive: 30 seconds, as long as
	 * Event Grid waits for an answer.
	 */
	public static final Duration DEFAULT_BODY_TIMEOUT = Duration.ofSeconds(30);

	/**
	 * Default origins allowed by the CloudEvents abuse-protection handshake.
	 */
	public static final Set<String> DEFAULT_ALLOWED_ORIGINS = Set.of("eventgrid.azure.net");

	static final String REQUEST_ORIGIN = "WebHook-Request-Origin";

	static final String ALLOWED_ORIGIN = "WebHook-Allowed-Origin";

	private static final Log logger = LogFactory.getLog(EventGridWebhookHandler.class);

	private final EventGridListenerRegistry registry;

	private final JsonMapper jsonMapper;

	private final WebhookFailures failures = new WebhookFailures(logger);

	private final ListenerCalls calls;

	private WebhookAuthenticator authenticator = WebhookAuthenticator.permitAll();

	private Set<String> allowedOrigins = DEFAULT_ALLOWED_ORIGINS;

	private EventGridPayloadReader reader = reader(DEFAULT_MAX_REQUEST_SIZE);

	private Duration bodyTimeout = DEFAULT_BODY_TIMEOUT;

	private Set<String> maskedQueryParameters = ValidationHandshake.MASKED;

	private final ValidationHandshake handshake;

	private WebhookContentTypes contentTypes = new WebhookContentTypes(WebhookContentTypes.DEFAULT);

	private ObservationRegistry observationRegistry = ObservationRegistry.NOOP;

	private @Nullable EventGridListenerObservationConvention observationConvention;

	/**
	 * Create a handler.
	 * @param registry the listeners, by path
	 * @param jsonMapper the mapper event data is read into listener parameters with
	 */
	public EventGridWebhookHandler(EventGridListenerRegistry registry, JsonMapper jsonMapper) {
		Assert.notNull(registry, "'registry' must not be null");
		Assert.notNull(jsonMapper, "'jsonMapper' must not be null");
		this.registry = registry;
		this.jsonMapper = jsonMapper;
		this.calls = new ListenerCalls(registry, this.failures, logger);
		this.handshake = new ValidationHandshake(jsonMapper, this.calls, logger);
	}

	/**
	 * Set what lets requests through; by default every request is.
	 * @param authenticator the authenticator
	 */
	public void setAuthenticator(WebhookAuthenticator authenticator) {
		Assert.notNull(authenticator, "'authenticator' must not be null");
		this.authenticator = authenticator;
	}

	/**
	 * Set how the validation handshake of Event Grid schema subscriptions is completed.
	 * @param validationMode the mode; {@link SubscriptionValidationMode#SYNC} by default
	 */
	public void setValidationMode(SubscriptionValidationMode validationMode) {
		Assert.notNull(validationMode, "'validationMode' must not be null");
		this.handshake.setMode(validationMode);
	}

	/**
	 * Set the origins the CloudEvents abuse-protection handshake allows, compared without
	 * regard to case; {@code *} allows any.
	 * @param allowedOrigins the origins; {@link #DEFAULT_ALLOWED_ORIGINS} by default
	 */
	public void setAllowedOrigins(Collection<String> allowedOrigins) {
		Assert.notNull(allowedOrigins, "'allowedOrigins' must not be null");
		this.allowedOrigins = allowedOrigins.stream()
			.map((origin) -> origin.trim().toLowerCase(Locale.ROOT))
			.collect(Collectors.toUnmodifiableSet());
	}

	/**
	 * Set the largest request body; a larger one is answered 413 without being read.
	 * @param maxRequestSize the limit in bytes; {@link #DEFAULT_MAX_REQUEST_SIZE} by
	 * default
	 */
	public void setMaxRequestSize(int maxRequestSize) {
		this.reader = reader(maxRequestSize);
	}

	/**
	 * Set the longest time a request body may take to arrive; a slower one is answered
	 * 408 and its connection closed.
	 * @param bodyTimeout the timeout; {@link #DEFAULT_BODY_TIMEOUT} by default
	 */
	public void setBodyTimeout(Duration bodyTimeout) {
		Assert.notNull(bodyTimeout, "'bodyTimeout' must not be null");
		Assert.isTrue(!bodyTimeout.isNegative() && !bodyTimeout.isZero(), "'bodyTimeout' must be positive");
		this.bodyTimeout = bodyTimeout;
	}

	public Duration getBodyTimeout() {
		return this.bodyTimeout;
	}

	/**
	 * Set the hosts a validation URL may name in {@link SubscriptionValidationMode#MANUAL
	 * manual} validation: the URL must be https, or http on a loopback host listed here;
	 * a validation event with another URL is answered 400 and neither logged nor given to
	 * listeners.
	 * @param hosts the hosts; a leading {@code *.} matches any subdomain;
	 * {@code *.eventgrid.azure.net} by default
	 */
	public void setValidationHosts(Collection<String> hosts) {
		Assert.notEmpty(hosts, "'hosts' must not be empty");
		this.handshake.setUrls(new ValidationUrls(hosts));
	}

	/**
	 * Set the query parameter that carries a shared secret: its value is masked wherever
	 * the handler logs a URL, as the validation URL's {@code token} is.
	 * @param name the name of the parameter, or {@code null} for none
	 */
	public void setSecretQueryParameter(@Nullable String name) {
		this.maskedQueryParameters = (name != null && !name.isBlank()) ? Set.of("token", name)
				: ValidationHandshake.MASKED;
		this.handshake.setMaskedQueryParameters(this.maskedQueryParameters);
	}

	/**
	 * Set the content types deliveries may have, parameters aside; a request of another
	 * one is answered 415 without being read. A CloudEvent in binary content mode may
	 * have any.
	 * @param contentTypes the media types, {@code *} for any; {@code application/json},
	 * {@code application/cloudevents+json} and {@code application/cloudevents-batch+json}
	 * by default
	 * @throws org.springframework.http.InvalidMediaTypeException if one is not a media
	 * type
	 */
	public void setAcceptedContentTypes(Collection<String> contentTypes) {
		Assert.notEmpty(contentTypes, "'contentTypes' must not be empty: no delivery would be accepted");
		this.contentTypes = new WebhookContentTypes(contentTypes.stream().map(MediaType::parseMediaType).toList());
	}

	/**
	 * Set how often a refusal of each kind is logged at WARN at most.
	 * @param interval the interval; 10 seconds by default
	 */
	void setRefusalLogInterval(Duration interval) {
		this.failures.setRefusalLogInterval(interval);
	}

	/**
	 * Set the registry listener calls are observed with.
	 * @param observationRegistry the registry; {@link ObservationRegistry#NOOP} by
	 * default
	 */
	public void setObservationRegistry(ObservationRegistry observationRegistry) {
		Assert.notNull(observationRegistry, "'observationRegistry' must not be null");
		this.observationRegistry = observationRegistry;
	}

	/**
	 * Set the convention of the observations of listener calls.
	 * @param observationConvention the convention, or {@code null} for the default one
	 */
	public void setObservationConvention(@Nullable EventGridListenerObservationConvention observationConvention) {
		this.observationConvention = observationConvention;
	}

	public EventGridListenerRegistry getRegistry() {
		return this.registry;
	}

	public int getMaxRequestSize() {
		return this.reader.getMaxPayloadSize();
	}

	private static EventGridPayloadReader reader(int maxRequestSize) {
		Assert.isTrue(maxRequestSize > 0, "'maxRequestSize' must be positive");
		return new EventGridPayloadReader(maxRequestSize, EventGridPayloadReader.DEFAULT_MAX_NESTING_DEPTH);
	}

	boolean handles(String path) {
		return this.registry.hasEndpoints(path);
	}

	/**
	 * Answer what can be answered before the body is read: a refused credential, the
	 * CloudEvents handshake, a wrong method or a declared length over the limit.
	 * @param request the request, without its body
	 * @return the answer, or {@code null} to read the body and {@link #prepare} the
	 * delivery
	 */
	@Nullable WebhookResponse preflight(WebhookRequest request) {
		if (logger.isDebugEnabled()) {
			logger.debug(LogText.escape("Event Grid webhook request " + request.method() + " "
					+ LogText.target(request, this.maskedQueryParameters)));
		}
		try {
			this.authenticator.authenticate(request);
		}
		catch (WebhookAuthenticationException ex) {
			return this.failures.response(request, ex);
		}
		if (request.method() == HttpMethod.OPTIONS) {
			return abuseProtection(request);
		}
		if (request.method() != HttpMethod.POST) {
			return WebhookResponse.status(405).header("Allow", "POST, OPTIONS");
		}
		if (!this.contentTypes.accepts(request.headers())) {
			return this.failures.unsupportedContentType(request, this.contentTypes.described());
		}
		long length = request.headers().getContentLength();
		return (length > getMaxRequestSize()) ? tooLarge(request) : null;
	}

	WebhookResponse bodyTimedOut(WebhookRequest request) {
		return this.failures.bodyTimedOut(request, this.bodyTimeout);
	}

	WebhookResponse tooLarge(WebhookRequest request) {
		return this.failures.tooLarge(request, getMaxRequestSize());
	}

	private WebhookResponse abuseProtection(WebhookRequest request) {
		String origin = request.headers().getFirst(REQUEST_ORIGIN);
		if (origin == null) {
			return WebhookResponse.status(200).header("Allow", "POST, OPTIONS");
		}
		String normalized = origin.trim().toLowerCase(Locale.ROOT);
		if (this.allowedOrigins.contains("*") || this.allowedOrigins.contains(normalized)) {
			logger.debug(LogText.escape("Allowed deliveries from '" + origin + "' to " + request.path()));
			return WebhookResponse.status(200)
				.header(ALLOWED_ORIGIN, origin.trim())
				.header("WebHook-Allowed-Rate", "*")
				.header("Allow", "POST, OPTIONS");
		}
		return this.failures.originRefused(request, origin, this.allowedOrigins);
	}

	/**
	 * Read a delivery and plan the listener calls it leads to; any problem found here
	 * becomes the answer, and no listener is called.
	 * @param request the request, without its body
	 * @param body the body of the request
	 * @return the listener calls to make and the answer once they succeed
	 */
	Dispatch prepare(WebhookRequest request, byte[] body) {
		try {
			EventGridPayload payload = read(request, body);
			Map<String, Object> headers = WebhookHeaders.messageHeaders(request.headers());
			EventGridDelivery delivery = EventGridDelivery.of(headers);
			if (ValidationHandshake.isValidation(payload)) {
				return this.handshake.answer(request, headers, delivery,
						((EventGridPayload.EventGridEvents) payload).events().get(0));
			}
			if (EventGridDelivery.SUBSCRIPTION_DELETION.equalsIgnoreCase(delivery.eventType())) {
				logger.info(LogText.escape("Event Grid subscription " + delivery.subscriptionName() + " of "
						+ request.path() + " was deleted"));
			}
			return new Dispatch(this.calls.plan(request, headers, payload), WebhookResponse.status(200));
		}
		catch (ListenerCalls.Refusal refusal) {
			return new Dispatch(List.of(), refusal.response());
		}
		catch (RuntimeException ex) {
			return new Dispatch(List.of(), failure(request, ex));
		}
	}

	private EventGridPayload read(WebhookRequest request, byte[] body) {
		if (WebhookHeaders.isBinaryMode(request.headers())) {
			return this.reader.readBinaryCloudEvent(WebhookHeaders.attributes(request.headers()),
					WebhookHeaders.contentTypeValue(request.headers()), body);
		}
		WebhookContentTypes.requireJson(body);
		return this.reader.read(body);
	}

	/**
	 * Start the observation of a listener call.
	 * @param invocation the listener call
	 * @return the observation, started
	 */
	Observation observation(ListenerInvocation invocation) {
		return EventGridListenerObservation.LISTENER_OBSERVATION
			.observation(this.observationConvention, DefaultEventGridListenerObservationConvention.INSTANCE,
					invocation::context, this.observationRegistry)
			.start();
	}

	/**
	 * Call the listeners of a dispatch one after the other on this thread, waiting for
	 * what they return, and answer.
	 * @param request the request, without its body
	 * @param dispatch the listener calls and the answer
	 * @return the answer of the dispatch, or the answer to the first failed call
	 */
	WebhookResponse dispatch(WebhookRequest request, Dispatch dispatch) {
		for (ListenerInvocation invocation : dispatch.invocations()) {
			Observation observation = observation(invocation);
			try {
				ListenerInvocation.await(invocation.invoke(observation));
			}
			catch (RuntimeException | Error ex) {
				observation.error(ListenerInvocation.unwrap(ex));
				WebhookResponse response = failure(request, ex, invocation);
				if (response != null) {
					return response;
				}
			}
			finally {
				observation.stop();
			}
		}
		return dispatch.response();
	}

	/**
	 * Choose the answer to a failure before any listener was called.
	 * @param request the request, without its body
	 * @param failure what went wrong
	 * @return the answer
	 */
	WebhookResponse failure(WebhookRequest request, Throwable failure) {
		return this.failures.response(request, ListenerInvocation.unwrap(failure));
	}

	/**
	 * Choose the answer to the failure of a listener call, as its error handler decides.
	 * @param request the request, without its body
	 * @param failure what the listener threw
	 * @param invocation the listener call that failed
	 * @return the answer, or {@code null} if the error handler acknowledged the events
	 * and the delivery goes on
	 */
	@Nullable WebhookResponse failure(WebhookRequest request, Throwable failure, ListenerInvocation invocation) {
		return this.failures.response(request, invocation.outcome(failure), invocation.endpoint().getId(),
				ListenerInvocation.unwrap(failure));
	}

	/**
	 * The listener calls a delivery leads to and the answer once they all succeed.
	 *
	 * @param invocations the calls, in order
	 * @param response the answer
	 */
	record Dispatch(List<ListenerInvocation> invocations, WebhookResponse response) {

	}

}
