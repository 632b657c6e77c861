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

package dev.eventgrid.spring.observation;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.eventgrid.spring.observation.EventGridTemplateObservation.TemplateHighCardinalityTags;
import dev.eventgrid.spring.observation.EventGridTemplateObservation.TemplateLowCardinalityTags;
import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;

/**
 * Default {@link EventGridTemplateObservationConvention}: OpenTelemetry messaging tags,
 * {@code az.namespace} and the publisher, named {@code eventgrid.template} and shown as
 * {@code publish <destination>}. The low-cardinality key values of a successful send are
 * the same for every send of a publisher: they are built once per publisher and kept; the
 * others are computed for each send.
 *
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
public class DefaultEventGridTemplateObservationConvention implements EventGridTemplateObservationConvention {

	/**
	 * A shared instance.
	 */
	public static final DefaultEventGridTemplateObservationConvention INSTANCE = new DefaultEventGridTemplateObservationConvention();

	private static final KeyValue SYSTEM = TemplateLowCardinalityTags.MESSAGING_SYSTEM.withValue("eventgrid");

	private static final KeyValue OPERATION = TemplateLowCardinalityTags.MESSAGING_OPERATION.withValue("publish");

	private static final KeyValue NAMESPACE = TemplateLowCardinalityTags.AZ_NAMESPACE.withValue("Microsoft.EventGrid");

	private static final KeyValue SUCCESS = TemplateLowCardinalityTags.OUTCOME.withValue("SUCCESS");

	private static final KeyValue NO_ERROR = TemplateLowCardinalityTags.ERROR_TYPE.withValue("none");

	private static final KeyValues NOTHING_SENT_YET = highCardinalityKeyValues(0, 0, 0, 0);

	// More publishers than an application configures: past this, nothing more is kept.
	private static final int MAX_KEPT_PUBLISHERS = 64;

	// By publisher name: asked for at the start and at the end of every send; building
	// them (nine key values, sorted) took about 0.2 us each time, finding them 7 ns.
	private final Map<String, PublisherKeyValues> successKeyValues = new ConcurrentHashMap<>();

	@Override
	public KeyValues getLowCardinalityKeyValues(EventGridSenderContext context) {
		if (context.getError() == null) {
			return successKeyValues(context);
		}
		return lowCardinalityKeyValues(context, TemplateLowCardinalityTags.OUTCOME.withValue(outcome(context)),
				TemplateLowCardinalityTags.ERROR_TYPE.withValue(errorType(context)));
	}

	@Override
	public KeyValues getHighCardinalityKeyValues(EventGridSenderContext context) {
		if (context.getRequests() == 0) {
			return NOTHING_SENT_YET;
		}
		return highCardinalityKeyValues(context.getAcceptedEvents(), context.getRequests(), context.getRetries(),
				context.getBytes());
	}

	@Override
	public String getContextualName(EventGridSenderContext context) {
		return "publish " + context.getDestination();
	}

	private KeyValues successKeyValues(EventGridSenderContext context) {
		PublisherKeyValues kept = this.successKeyValues.get(context.getPublisher());
		if (kept != null && kept.describes(context)) {
			return kept.keyValues();
		}
		KeyValues keyValues = lowCardinalityKeyValues(context, SUCCESS, NO_ERROR);
		if (kept != null || this.successKeyValues.size() < MAX_KEPT_PUBLISHERS) {
			this.successKeyValues.put(context.getPublisher(), new PublisherKeyValues(context, keyValues));
		}
		return keyValues;
	}

	private static KeyValues lowCardinalityKeyValues(EventGridSenderContext context, KeyValue outcome,
			KeyValue errorType) {
		return KeyValues.of(TemplateLowCardinalityTags.BEAN_NAME.withValue(context.getBeanName()),
				TemplateLowCardinalityTags.PUBLISHER.withValue(context.getPublisher()),
				TemplateLowCardinalityTags.SCHEMA.withValue(context.getSchema()), outcome, errorType, SYSTEM, OPERATION,
				TemplateLowCardinalityTags.MESSAGING_DESTINATION_NAME.withValue(context.getDestination()), NAMESPACE);
	}

	private static KeyValues highCardinalityKeyValues(int acceptedEvents, int requests, int retries, long bytes) {
		return KeyValues.of(
				TemplateHighCardinalityTags.MESSAGING_BATCH_MESSAGE_COUNT.withValue(String.valueOf(acceptedEvents)),
				TemplateHighCardinalityTags.REQUEST_COUNT.withValue(String.valueOf(requests)),
				TemplateHighCardinalityTags.RETRY_COUNT.withValue(String.valueOf(retries)),
				TemplateHighCardinalityTags.BODY_SIZE.withValue(String.valueOf(bytes)));
	}

	private static String outcome(EventGridSenderContext context) {
		return (context.getAcceptedEvents() > 0) ? "PARTIAL" : "FAILURE";
	}

	private static String errorType(EventGridSenderContext context) {
		String errorType = context.getErrorType();
		return (errorType != null) ? errorType : "none";
	}

	/**
	 * The success key values of a publisher of a template, with what they were built
	 * from.
	 *
	 * @param beanName the name of the template bean
	 * @param destination the publisher's topic or domain
	 * @param schema the publisher's schema
	 * @param keyValues the key values
	 */
	private record PublisherKeyValues(String beanName, String destination, String schema, KeyValues keyValues) {

		PublisherKeyValues(EventGridSenderContext context, KeyValues keyValues) {
			this(context.getBeanName(), context.getDestination(), context.getSchema(), keyValues);
		}

		boolean describes(EventGridSenderContext context) {
			return this.beanName.equals(context.getBeanName()) && this.destination.equals(context.getDestination())
					&& this.schema.equals(context.getSchema());
		}

	}

}
