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

package dev.eventgrid.spring.autoconfigure.modulith;

import dev.eventgrid.spring.autoconfigure.EventGridAutoConfiguration;
import dev.eventgrid.spring.core.EventGridOperations;
import dev.eventgrid.spring.core.EventGridTemplate;
import dev.eventgrid.spring.core.ReactiveEventGridTemplate;
import dev.eventgrid.spring.modulith.EventGridEventExternalizer;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.expression.BeanFactoryResolver;
import org.springframework.expression.spel.support.StandardEvaluationContext;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.modulith.events.support.DelegatingEventExternalizer;

/**
 * {@link EnableAutoConfiguration Auto-configuration} for externalizing Spring Modulith
 * application events to Event Grid. With Spring Modulith's event publication registry
 * (such as {@code spring-modulith-starter-jdbc}), an event is stored in the transaction
 * that published it and sent until Event Grid has accepted it: the transactional outbox.
 *
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
@AutoConfiguration(after = EventGridAutoConfiguration.class,
		afterName = "org.springframework.modulith.events.config.EventExternalizationAutoConfiguration")
@ConditionalOnClass({ DelegatingEventExternalizer.class, EventExternalizationConfiguration.class })
@ConditionalOnBooleanProperty(name = "spring.modulith.events.externalization.enabled", matchIfMissing = true)
@ConditionalOnBooleanProperty(name = "eventgrid.externalization.enabled", matchIfMissing = true)
@ConditionalOnBean({ EventGridOperations.class, EventExternalizationConfiguration.class })
public final class EventGridExternalizationAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(EventGridEventExternalizer.class)
	EventGridEventExternalizer eventGridEventExternalizer(EventExternalizationConfiguration configuration,
			EventGridOperations eventGridOperations, BeanFactory beanFactory) {
		StandardEvaluationContext evaluationContext = new StandardEvaluationContext();
		evaluationContext.setBeanResolver(new BeanFactoryResolver(beanFactory));
		return new EventGridEventExternalizer(configuration, eventGridOperations, defaultPublisher(eventGridOperations),
				evaluationContext);
	}

	private static String defaultPublisher(EventGridOperations operations) {
		if (operations instanceof EventGridTemplate template
				&& template.getReactiveOperations() instanceof ReactiveEventGridTemplate reactive) {
			return reactive.getDefaultPublisher();
		}
		return "default";
	}

}
