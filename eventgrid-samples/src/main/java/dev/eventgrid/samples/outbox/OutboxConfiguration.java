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

package dev.eventgrid.samples.outbox;

import java.util.Map;

import dev.eventgrid.spring.EventGridHeaders;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.EventExternalizationConfiguration;

/**
 * Which events Spring Modulith externalizes, and how: those annotated with
 * {@code @Externalized}, each {@link OrderPlaced} with the order's id as its CloudEvent
 * id, so that a consumer recognizes the copy an at-least-once outbox may send after a
 * crash.
 *
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
@Configuration(proxyBeanMethods = false)
public class OutboxConfiguration {

	@Bean
	EventExternalizationConfiguration eventExternalizationConfiguration() {
		return EventExternalizationConfiguration.externalizing()
			.select(EventExternalizationConfiguration.annotatedAsExternalized())
			.headers(OrderPlaced.class, (order) -> Map.of(EventGridHeaders.ID, order.orderId()))
			.build();
	}

}
