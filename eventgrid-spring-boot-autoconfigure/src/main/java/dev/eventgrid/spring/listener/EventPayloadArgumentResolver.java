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

import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.core.MethodParameter;
import org.springframework.messaging.Message;
import org.springframework.messaging.converter.MessageConversionException;
import org.springframework.messaging.converter.SmartMessageConverter;
import org.springframework.messaging.handler.annotation.Payload;
import org.springframework.messaging.handler.annotation.support.MethodArgumentNotValidException;
import org.springframework.messaging.handler.invocation.HandlerMethodArgumentResolver;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.validation.Validator;
import org.springframework.validation.annotation.ValidationAnnotationUtils;

/**
 * Resolves the parameter that takes the event, its data or the events of a batch:
 * annotated with {@link Payload}, or any parameter that no other resolver takes. Converts
 * the payload with the listener's converter and validates it when the parameter is
 * annotated with {@code @Valid} or {@code @Validated} and a {@link Validator} is set.
 * Events without data give {@code null}, or {@code Optional.empty()}, unless the
 * parameter is annotated with {@code @Payload}, which requires data.
 *
 * @author Event Grid for Spring Boot team
 */
final class EventPayloadArgumentResolver implements HandlerMethodArgumentResolver {

	private final SmartMessageConverter converter;

	private final @Nullable Validator validator;

	EventPayloadArgumentResolver(SmartMessageConverter converter, @Nullable Validator validator) {
		this.converter = converter;
		this.validator = validator;
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return true;
	}

	@Override
	public @Nullable Object resolveArgument(MethodParameter parameter, Message<?> message) {
		MethodParameter target = parameter.nestedIfOptional();
		Object value = this.converter.fromMessage(message, target.getNestedParameterType(), parameter);
		if (value == null) {
			Payload payload = parameter.getParameterAnnotation(Payload.class);
			if (payload != null && payload.required()) {
				throw new MessageConversionException(message, "Event " + describe(message)
						+ " has no data, which @Payload requires; declare @Payload(required = false) to accept it");
			}
		}
		else {
			validate(message, parameter, value);
		}
		return (parameter.getParameterType() == Optional.class) ? Optional.ofNullable(value) : value;
	}

	// why: SmartValidator.validate takes @Nullable Object... hints, which NullAway cannot
	// read from the jar on this JDK (CONTRIBUTING.md)
	@SuppressWarnings("NullAway")
	private void validate(Message<?> message, MethodParameter parameter, Object value) {
		if (this.validator == null) {
			return;
		}
		for (Annotation annotation : parameter.getParameterAnnotations()) {
			@Nullable Object[] hints = ValidationAnnotationUtils.determineValidationHints(annotation);
			if (hints != null) {
				BeanPropertyBindingResult errors = new BeanPropertyBindingResult(value,
						String.valueOf(parameter.getParameterName()));
				if (hints.length > 0 && this.validator instanceof SmartValidator smart) {
					smart.validate(value, errors, hints);
				}
				else {
					this.validator.validate(value, errors);
				}
				if (errors.hasErrors()) {
					throw new MethodArgumentNotValidException(message, parameter, errors);
				}
				return;
			}
		}
	}

	private static String describe(Message<?> message) {
		Object payload = message.getPayload();
		return (payload instanceof List<?>) ? "batch" : ListenerInvocation.describe(payload);
	}

}
