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

package dev.eventgrid.spring.autoconfigure.observation;

import dev.eventgrid.spring.autoconfigure.EventGridAutoConfiguration;
import dev.eventgrid.spring.autoconfigure.ReactiveEventGridTemplateCustomizer;
import dev.eventgrid.spring.observation.EventGridSendMetricsHandler;
import dev.eventgrid.spring.observation.EventGridTemplateObservationConvention;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@link EnableAutoConfiguration Auto-configuration} for the observation of Event Grid
 * sends: when an {@link ObservationRegistry} is present, every send of the
 * auto-configured template is observed (traces, and the metrics of the timer and
 * counters), and CloudEvents carry the trace context as extension attributes.
 *
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
@AutoConfiguration(before = EventGridAutoConfiguration.class,
		afterName = { "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration",
				"org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration" })
@ConditionalOnClass(ObservationRegistry.class)
@ConditionalOnBean(ObservationRegistry.class)
@ConditionalOnBooleanProperty(name = "eventgrid.template.observation-enabled", matchIfMissing = true)
public final class EventGridObservationAutoConfiguration {

	@Bean
	ReactiveEventGridTemplateCustomizer eventGridObservationTemplateCustomizer(ObservationRegistry observationRegistry,
			ObjectProvider<EventGridTemplateObservationConvention> observationConvention) {
		return (template) -> {
			template.setObservationRegistry(observationRegistry);
			template.setObservationConvention(observationConvention.getIfUnique());
		};
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(MeterRegistry.class)
	@ConditionalOnBean(MeterRegistry.class)
	static class MetricsConfiguration {

		@Bean
		@ConditionalOnMissingBean(EventGridSendMetricsHandler.class)
		EventGridSendMetricsHandler eventGridSendMetricsHandler(MeterRegistry meterRegistry) {
			return new EventGridSendMetricsHandler(meterRegistry);
		}

	}

}
