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

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.eventgrid.spring.observation.DefaultEventGridTemplateObservationConvention;
import dev.eventgrid.spring.observation.EventGridSenderContext;
import dev.eventgrid.spring.observation.EventGridTemplateObservation;
import dev.eventgrid.spring.observation.EventGridTemplateObservationConvention;
import dev.eventgrid.spring.transport.SendListener;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.contextpropagation.ObservationThreadLocalAccessor;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.util.context.ContextView;

import org.springframework.beans.factory.BeanNameAware;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.util.Assert;

/**
 * The reactive implementation of {@link ReactiveEventGridOperations}: holds one or more
 * {@link EventGridPublisher}s by name, one of them the default, and sends through them.
 *
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
public class ReactiveEventGridTemplate implements ReactiveEventGridOperations, BeanNameAware, DisposableBean {

	private final Map<String, EventGridPublisher> publishers;

	private final String defaultPublisher;

	private String beanName = "reactiveEventGridTemplate";

	private ObservationRegistry observationRegistry = ObservationRegistry.NOOP;

	private @Nullable EventGridTemplateObservationConvention observationConvention;

	/**
	 * Create a template with a single publisher, which is the default.
	 * @param publisher the publisher
	 */
	public ReactiveEventGridTemplate(EventGridPublisher publisher) {
		this(Collections.singletonList(publisher), null);
	}

	/**
	 * Create a template with several publishers.
	 * @param publishers the publishers, with distinct names
	 * @param defaultPublisher the name of the default publisher; may be {@code null} when
	 * there is only one publisher or one is named {@code default}
	 */
	public ReactiveEventGridTemplate(Collection<EventGridPublisher> publishers, @Nullable String defaultPublisher) {
		Assert.notEmpty(publishers, "'publishers' must not be empty");
		Map<String, EventGridPublisher> byName = new LinkedHashMap<>();
		for (EventGridPublisher publisher : publishers) {
			Assert.notNull(publisher, "'publishers' must not contain null");
			// Plain checks, not Assert with message suppliers: lambdas spun at startup.
			if (byName.putIfAbsent(publisher.getName(), publisher) != null) {
				throw new IllegalArgumentException(
						"Two publishers are named '" + publisher.getName() + "'; give each a distinct name");
			}
		}
		this.publishers = Collections.unmodifiableMap(byName);
		this.defaultPublisher = defaultName(byName, defaultPublisher);
	}

	private static String defaultName(Map<String, EventGridPublisher> publishers, @Nullable String name) {
		if (name != null) {
			if (!publishers.containsKey(name)) {
				throw new IllegalArgumentException(
						"Default publisher '" + name + "' is not one of " + publishers.keySet());
			}
			return name;
		}
		if (publishers.size() == 1) {
			return publishers.keySet().iterator().next();
		}
		if (!publishers.containsKey("default")) {
			throw new IllegalArgumentException("Several publishers " + publishers.keySet()
					+ " and none is named 'default'; name the default publisher");
		}
		return "default";
	}

	@Override
	public void setBeanName(String name) {
		this.beanName = name;
	}

	/**
	 * Set the registry that observes each send; sends are not observed without one.
	 * @param observationRegistry the registry
	 */
	public void setObservationRegistry(ObservationRegistry observationRegistry) {
		Assert.notNull(observationRegistry, "'observationRegistry' must not be null");
		this.observationRegistry = observationRegistry;
	}

	/**
	 * Set the convention that names and tags the observations, replacing the default one.
	 * @param observationConvention the convention, or {@code null} for the default
	 */
	public void setObservationConvention(@Nullable EventGridTemplateObservationConvention observationConvention) {
		this.observationConvention = observationConvention;
	}

	/**
	 * Return the publishers by name.
	 * @return an unmodifiable map of publishers
	 */
	public Map<String, EventGridPublisher> getPublishers() {
		return this.publishers;
	}

	/**
	 * Return the name of the default publisher.
	 * @return the name
	 */
	public String getDefaultPublisher() {
		return this.defaultPublisher;
	}

	/**
	 * Return a publisher by name.
	 * @param name the name
	 * @return the publisher
	 * @throws IllegalArgumentException if there is no publisher of that name
	 */
	public EventGridPublisher getPublisher(String name) {
		EventGridPublisher publisher = this.publishers.get(name);
		if (publisher == null) {
			throw new IllegalArgumentException("No Event Grid publisher named '" + name + "'; configured publishers "
					+ "are " + this.publishers.keySet() + " (see eventgrid.publishers.*)");
		}
		return publisher;
	}

	@Override
	public Mono<SendResult> send(Object event) {
		return send(this.defaultPublisher, event);
	}

	@Override
	public Mono<SendResult> send(Iterable<?> events) {
		return send(this.defaultPublisher, events);
	}

	@Override
	public Mono<SendResult> send(Publisher<?> events) {
		return send(this.defaultPublisher, events);
	}

	@Override
	public Mono<SendResult> send(String publisher, Object event) {
		if (event instanceof Iterable<?> events) {
			return send(publisher, events);
		}
		if (event instanceof Publisher<?> events) {
			return send(publisher, events);
		}
		return send(publisher, Collections.singletonList(event));
	}

	@Override
	public Mono<SendResult> send(String publisher, Iterable<?> events) {
		return observed(publisher, (target, trace, listener) -> target.send(events, trace, listener));
	}

	@Override
	public Mono<SendResult> send(String publisher, Publisher<?> events) {
		return observed(publisher, (target, trace, listener) -> target.send(events, trace, listener));
	}

	@Override
	public Mono<SendResult> convertAndSend(Object payload) {
		return convertAndSend(this.defaultPublisher, payload);
	}

	@Override
	public Mono<SendResult> convertAndSend(String publisher, Object payload) {
		return convertAndSend(publisher, payload, Collections.emptyMap());
	}

	@Override
	public Mono<SendResult> convertAndSend(String publisher, Object payload, Map<String, ?> headers) {
		return observed(publisher, (target, trace, listener) -> target
			.send(Collections.singletonList(target.wrap(payload, headers)), trace, listener));
	}

	/**
	 * Run a send through a publisher inside an observation, when a registry is set: the
	 * observation's trace context goes into the requests and the CloudEvents, and it is
	 * the parent of the HTTP client observations of the requests.
	 * @param publisher the name of the publisher
	 * @param send the send to run
	 * @return the result of the send
	 */
	private Mono<SendResult> observed(String publisher, PublisherSend send) {
		return Mono.deferContextual((view) -> {
			EventGridPublisher target = getPublisher(publisher);
			if (this.observationRegistry.isNoop()) {
				return send.send(target, Map.of(), SendListener.NONE);
			}
			EventGridSenderContext context = new EventGridSenderContext(this.beanName, target.getName(),
					target.getDestination(), target.getSchema().getId());
			Observation observation = EventGridTemplateObservation.TEMPLATE_OBSERVATION
				.observation(this.observationConvention, DefaultEventGridTemplateObservationConvention.INSTANCE,
						() -> context, this.observationRegistry)
				.parentObservation(parentObservation(view))
				.start();
			return send.send(target, context.getTraceContext(), context::recordRequest)
				.doOnSuccess((result) -> observation.stop())
				.doOnError((ex) -> {
					observation.error(ex);
					observation.stop();
				})
				.doOnCancel(observation::stop)
				.contextWrite((reactorContext) -> reactorContext.put(ObservationThreadLocalAccessor.KEY, observation));
		});
	}

	/**
	 * Return the observation of the subscriber's Reactor context or, for blocking
	 * callers, the current one.
	 * @param view the subscriber's Reactor context
	 * @return the parent observation, or {@code null} if there is none
	 */
	private @Nullable Observation parentObservation(ContextView view) {
		Observation parent = view.getOrDefault(ObservationThreadLocalAccessor.KEY, null);
		return (parent != null) ? parent : this.observationRegistry.getCurrentObservation();
	}

	/**
	 * Close every publisher of the template, when the application context closes.
	 */
	@Override
	public void destroy() {
		this.publishers.values().forEach(EventGridPublisher::close);
	}

	/**
	 * One kind of send through a publisher.
	 */
	@FunctionalInterface
	private interface PublisherSend {

		Mono<SendResult> send(EventGridPublisher publisher, Map<String, String> traceContext, SendListener listener);

	}

}
