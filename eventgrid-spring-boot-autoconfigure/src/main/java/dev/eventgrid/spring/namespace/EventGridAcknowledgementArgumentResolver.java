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

package dev.eventgrid.spring.namespace;

import org.springframework.core.MethodParameter;
import org.springframework.messaging.Message;
import org.springframework.messaging.handler.invocation.HandlerMethodArgumentResolver;

/**
 * Resolves {@link EventGridAcknowledgement} parameters of pull listeners from the
 * {@link EventGridPullListenerContainer#ACKNOWLEDGEMENT} header. Add it to the
 * {@link dev.eventgrid.spring.listener.EventGridListenerMethodFactory}; the
 * auto-configuration does when receivers are configured.
 *
 * @author Event Grid for Spring Boot team
 * @since 0.2.0
 */
public final class EventGridAcknowledgementArgumentResolver implements HandlerMethodArgumentResolver {

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == EventGridAcknowledgement.class;
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, Message<?> message) {
		Object acknowledgement = message.getHeaders().get(EventGridPullListenerContainer.ACKNOWLEDGEMENT);
		if (!(acknowledgement instanceof EventGridAcknowledgement)) {
			throw new IllegalStateException("Only @EventGridPullListener methods can take an "
					+ "EventGridAcknowledgement; this message was not delivered by a pull listener container");
		}
		return acknowledgement;
	}

}
