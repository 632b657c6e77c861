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

import org.jspecify.annotations.Nullable;

import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.ParameterNameDiscoverer;
import org.springframework.messaging.Message;
import org.springframework.messaging.handler.invocation.HandlerMethodArgumentResolverComposite;
import org.springframework.messaging.handler.invocation.InvocableHandlerMethod;
import org.springframework.util.Assert;

/**
 * An {@link InvocableHandlerMethod} whose arguments can be resolved apart from the call,
 * so that a delivery is refused before any of its listeners runs when one of its events
 * does not fit, and whose resolution failures name the parameter.
 *
 * @author Event Grid for Spring Boot team
 */
final class ListenerHandlerMethod extends InvocableHandlerMethod {

	private static final ParameterNameDiscoverer PARAMETER_NAMES = new DefaultParameterNameDiscoverer();

	private @Nullable HandlerMethodArgumentResolverComposite argumentResolvers;

	ListenerHandlerMethod(Object bean, Method method) {
		super(bean, method);
	}

	@Override
	public void setMessageMethodArgumentResolvers(HandlerMethodArgumentResolverComposite argumentResolvers) {
		super.setMessageMethodArgumentResolvers(argumentResolvers);
		this.argumentResolvers = argumentResolvers;
	}

	/**
	 * Resolve the arguments of a call.
	 * @param message the message of the call
	 * @return the arguments, in order
	 * @throws ListenerArgumentException if one cannot be resolved, naming it, unless its
	 * resolver threw an {@link EventGridDeliveryException}, which is thrown as it is
	 */
	@Nullable Object[] resolveArguments(Message<?> message) {
		HandlerMethodArgumentResolverComposite resolvers = this.argumentResolvers;
		Assert.state(resolvers != null, "No argument resolvers");
		MethodParameter[] parameters = getMethodParameters();
		@Nullable Object[] arguments = new Object[parameters.length];
		for (int i = 0; i < parameters.length; i++) {
			MethodParameter parameter = parameters[i];
			parameter.initParameterNameDiscovery(PARAMETER_NAMES);
			try {
				arguments[i] = resolvers.resolveArgument(parameter, message);
			}
			catch (EventGridDeliveryException ex) {
				throw ex;
			}
			catch (Exception ex) {
				throw new ListenerArgumentException(ListenerSignature.describe(parameter) + " of "
						+ ListenerSignature.describe(getMethod()) + " cannot be resolved: " + ex.getMessage(), ex);
			}
		}
		return arguments;
	}

	/**
	 * Call the method with resolved arguments.
	 * @param arguments the arguments, resolved
	 * @return what the method returned
	 */
	// why: doInvoke takes @Nullable Object..., which NullAway cannot read from the jar
	// on this JDK (CONTRIBUTING.md)
	@SuppressWarnings("NullAway")
	@Nullable Object call(@Nullable Object[] arguments) throws Exception {
		return doInvoke(arguments);
	}

}
