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

import dev.eventgrid.spring.observation.EventGridListenerObservation.ListenerHighCardinalityTags;
import dev.eventgrid.spring.observation.EventGridListenerObservation.ListenerLowCardinalityTags;
import io.micrometer.common.KeyValues;

/**
 * Default {@link EventGridListenerObservationConvention}: the OpenTelemetry messaging
 * tags of a consumer that processes what it receives, and the contextual name
 * {@code process <listener id>}.
 *
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
public class DefaultEventGridListenerObservationConvention implements EventGridListenerObservationConvention {

	/**
	 * Shared instance.
	 */
	public static final DefaultEventGridListenerObservationConvention INSTANCE = new DefaultEventGridListenerObservationConvention();

	private static final String NONE = "none";

	@Override
	public String getContextualName(EventGridReceiverContext context) {
		return "process " + context.getListenerId();
	}

	@Override
	public KeyValues getLowCardinalityKeyValues(EventGridReceiverContext context) {
		String subscription = context.getSubscriptionName();
		String error = context.getErrorType();
		String outcome = context.getOutcome();
		return KeyValues.of(ListenerLowCardinalityTags.MESSAGING_SYSTEM.withValue("eventgrid"),
				ListenerLowCardinalityTags.MESSAGING_OPERATION.withValue("process"),
				ListenerLowCardinalityTags.LISTENER_ID.withValue(context.getListenerId()),
				ListenerLowCardinalityTags.EVENT_TYPE.withValue(context.getEventType()),
				ListenerLowCardinalityTags.SCHEMA.withValue(context.getSchema()),
				ListenerLowCardinalityTags.SUBSCRIPTION_NAME.withValue((subscription != null) ? subscription : NONE),
				ListenerLowCardinalityTags.ERROR_TYPE.withValue((error != null) ? error : NONE),
				ListenerLowCardinalityTags.OUTCOME.withValue((outcome != null) ? outcome : NONE));
	}

	@Override
	public KeyValues getHighCardinalityKeyValues(EventGridReceiverContext context) {
		return KeyValues.of(ListenerHighCardinalityTags.MESSAGE_ID.withValue(context.getEventId()),
				ListenerHighCardinalityTags.DELIVERY_COUNT.withValue(Integer.toString(context.getDeliveryCount())),
				ListenerHighCardinalityTags.BATCH_MESSAGE_COUNT.withValue(Integer.toString(context.getEventCount())),
				ListenerHighCardinalityTags.PATH.withValue(context.getPath()));
	}

}
