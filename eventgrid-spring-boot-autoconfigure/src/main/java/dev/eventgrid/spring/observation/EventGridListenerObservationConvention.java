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

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * {@link ObservationConvention} for the calls of Event Grid listeners; declare a bean of
 * this type to change their names or tags.
 *
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
public interface EventGridListenerObservationConvention extends ObservationConvention<EventGridReceiverContext> {

	@Override
	default boolean supportsContext(Observation.Context context) {
		return context instanceof EventGridReceiverContext;
	}

	@Override
	default String getName() {
		return "eventgrid.listener";
	}

}
