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

package dev.eventgrid.spring.autoconfigure;

import java.util.Map;

import dev.eventgrid.spring.listener.EventGridListenerAnnotationBeanPostProcessor;
import dev.eventgrid.spring.listener.EventGridListenerErrorHandler;
import dev.eventgrid.spring.listener.EventGridListenerMethodFactory;
import dev.eventgrid.spring.listener.EventGridListenerRegistry;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.validation.Validator;

/**
 * The beans of {@code @EventGridListener} methods that every transport shares: the
 * post-processor that finds them and the {@link EventGridListenerMethodFactory} that
 * resolves their arguments. Imported by the auto-configurations of the transports, which
 * define the {@link EventGridListenerRegistry}.
 *
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
@Configuration(proxyBeanMethods = false)
public class EventGridListenerConfiguration {

	/**
	 * Name of the validator Spring Boot auto-configures, chosen when there are several.
	 */
	private static final String DEFAULT_VALIDATOR = "defaultValidator";

	@Bean
	static EventGridListenerAnnotationBeanPostProcessor eventGridListenerAnnotationBeanPostProcessor(
			ObjectProvider<EventGridListenerRegistry> registry, ObjectProvider<EventGridListenerMethodFactory> factory,
			ObjectProvider<EventGridListenerErrorHandler> errorHandler) {
		return new EventGridListenerAnnotationBeanPostProcessor(registry::getObject, factory::getObject,
				errorHandler::getIfUnique);
	}

	// Lazy: only an application with listener methods needs it, when the
	// post-processor finds the first.
	@Bean
	@Lazy
	@ConditionalOnMissingBean(EventGridListenerMethodFactory.class)
	EventGridListenerMethodFactory eventGridListenerMethodFactory(ObjectProvider<JsonMapper> jsonMapper,
			ListableBeanFactory beanFactory, ObjectProvider<EventGridListenerMethodFactoryCustomizer> customizers) {
		EventGridListenerMethodFactory factory = new EventGridListenerMethodFactory(
				jsonMapper.getIfUnique(() -> JsonMapper.builder().build()));
		factory.setValidator(validator(beanFactory));
		if (beanFactory instanceof ConfigurableBeanFactory configurable) {
			factory.setBeanFactory(configurable);
		}
		customizers.orderedStream().forEach((customizer) -> customizer.customize(factory));
		return factory;
	}

	/**
	 * Return the application's validator: the only one, else Spring Boot's, as a web
	 * application also has its web framework's.
	 * @param beanFactory the bean factory
	 * @return the validator, or {@code null}
	 */
	private static @Nullable Validator validator(ListableBeanFactory beanFactory) {
		Map<String, Validator> validators = beanFactory.getBeansOfType(Validator.class, false, false);
		if (validators.size() == 1) {
			return validators.values().iterator().next();
		}
		return validators.get(DEFAULT_VALIDATOR);
	}

}
