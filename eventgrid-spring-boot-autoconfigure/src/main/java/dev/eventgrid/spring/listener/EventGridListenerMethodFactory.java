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

package dev.eventgrid.spring.listener;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.core.MethodParameter;
import org.springframework.core.convert.ConversionService;
import org.springframework.format.support.DefaultFormattingConversionService;
import org.springframework.messaging.converter.SmartMessageConverter;
import org.springframework.messaging.handler.annotation.support.HeaderMethodArgumentResolver;
import org.springframework.messaging.handler.annotation.support.HeadersMethodArgumentResolver;
import org.springframework.messaging.handler.annotation.support.MessageHandlerMethodFactory;
import org.springframework.messaging.handler.annotation.support.MessageMethodArgumentResolver;
import org.springframework.messaging.handler.invocation.HandlerMethodArgumentResolver;
import org.springframework.messaging.handler.invocation.HandlerMethodArgumentResolverComposite;
import org.springframework.messaging.handler.invocation.InvocableHandlerMethod;
import org.springframework.util.Assert;
import org.springframework.validation.Validator;

/**
 * The {@link MessageHandlerMethodFactory} of Event Grid listener methods: resolves their
 * arguments from a message whose payload is a delivered event (or the events of a batch)
 * and whose headers are the delivery headers and event attributes. Supports
 * {@code @Header}, {@code @Headers}, {@code Message<T>}, {@link EventGridDelivery}, the
 * custom resolvers added here, and a payload parameter (annotated with {@code @Payload}
 * or not) that takes the event, its typed system event data or its data as any class,
 * validated when annotated with {@code @Valid} and a validator is set. Configure it
 * before the first method is created.
 *
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
public class EventGridListenerMethodFactory implements MessageHandlerMethodFactory {

	// why not DefaultMessageHandlerMethodFactory: listeners check their parameters
	// against
	// the resolvers at startup, and resolve the arguments of every call of a delivery
	// before the first call is made, which needs the resolvers it keeps to itself

	private final SmartMessageConverter converter;

	private final List<HandlerMethodArgumentResolver> customArgumentResolvers = new ArrayList<>();

	private ConversionService conversionService = new DefaultFormattingConversionService();

	private @Nullable Validator validator;

	private @Nullable ConfigurableBeanFactory beanFactory;

	private @Nullable HandlerMethodArgumentResolverComposite resolvers;

	/**
	 * Create a factory that reads event data with a default {@link JsonMapper}.
	 */
	public EventGridListenerMethodFactory() {
		this(JsonMapper.builder().build());
	}

	/**
	 * Create a factory.
	 * @param jsonMapper the mapper that reads event data into listener parameters
	 */
	public EventGridListenerMethodFactory(JsonMapper jsonMapper) {
		Assert.notNull(jsonMapper, "'jsonMapper' must not be null");
		this.converter = new DeliveredEventConverter(jsonMapper);
	}

	/**
	 * Set the validator of {@code @Valid} payload parameters.
	 * @param validator the validator, or {@code null} to validate nothing
	 */
	public void setValidator(@Nullable Validator validator) {
		this.validator = validator;
		this.resolvers = null;
	}

	/**
	 * Set the conversion service of {@code @Header} parameters.
	 * @param conversionService the conversion service; a
	 * {@link DefaultFormattingConversionService} by default
	 */
	public void setConversionService(ConversionService conversionService) {
		Assert.notNull(conversionService, "'conversionService' must not be null");
		this.conversionService = conversionService;
		this.resolvers = null;
	}

	/**
	 * Set the bean factory that resolves placeholders in {@code @Header} default values.
	 * @param beanFactory the bean factory, or {@code null}
	 */
	public void setBeanFactory(@Nullable ConfigurableBeanFactory beanFactory) {
		this.beanFactory = beanFactory;
		this.resolvers = null;
	}

	/**
	 * Add a resolver of parameters of the application's own kinds. Custom resolvers are
	 * asked after the {@code @Header}, {@code @Headers}, {@code Message} and
	 * {@link EventGridDelivery} ones, before the payload parameter.
	 * @param resolver the resolver
	 */
	public void addArgumentResolver(HandlerMethodArgumentResolver resolver) {
		Assert.notNull(resolver, "'resolver' must not be null");
		this.customArgumentResolvers.add(resolver);
		this.resolvers = null;
	}

	/**
	 * Return the resolvers in the order they are asked.
	 * @return the resolvers
	 */
	public List<HandlerMethodArgumentResolver> getArgumentResolvers() {
		return resolvers().getResolvers();
	}

	@Override
	public InvocableHandlerMethod createInvocableHandlerMethod(Object bean, Method method) {
		return createListenerMethod(bean, method);
	}

	final ListenerHandlerMethod createListenerMethod(Object bean, Method method) {
		ListenerHandlerMethod handlerMethod = new ListenerHandlerMethod(bean, method);
		handlerMethod.setMessageMethodArgumentResolvers(resolvers());
		return handlerMethod;
	}

	/**
	 * Return the first resolver that supports a parameter.
	 * @param parameter the parameter
	 * @return the resolver, or {@code null} if none does
	 */
	@Nullable HandlerMethodArgumentResolver resolverOf(MethodParameter parameter) {
		for (HandlerMethodArgumentResolver resolver : resolvers().getResolvers()) {
			if (resolver.supportsParameter(parameter)) {
				return resolver;
			}
		}
		return null;
	}

	private HandlerMethodArgumentResolverComposite resolvers() {
		HandlerMethodArgumentResolverComposite resolvers = this.resolvers;
		if (resolvers == null) {
			resolvers = new HandlerMethodArgumentResolverComposite();
			resolvers.addResolver(new HeaderMethodArgumentResolver(this.conversionService, this.beanFactory));
			resolvers.addResolver(new HeadersMethodArgumentResolver());
			resolvers.addResolver(new MessageMethodArgumentResolver(this.converter));
			resolvers.addResolver(new EventGridDeliveryArgumentResolver());
			resolvers.addResolvers(this.customArgumentResolvers);
			resolvers.addResolver(new EventPayloadArgumentResolver(this.converter, this.validator));
			this.resolvers = resolvers;
		}
		return resolvers;
	}

}
