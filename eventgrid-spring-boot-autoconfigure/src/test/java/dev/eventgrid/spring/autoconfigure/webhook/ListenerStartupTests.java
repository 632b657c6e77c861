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

package dev.eventgrid.spring.autoconfigure.webhook;

import dev.eventgrid.spring.autoconfigure.EventGridListenerMethodFactoryCustomizer;
import dev.eventgrid.spring.event.CloudEvent;
import dev.eventgrid.spring.listener.EventGridListener;
import dev.eventgrid.spring.listener.EventGridListenerErrorHandler;
import dev.eventgrid.spring.listener.EventGridListenerMethodFactory;
import dev.eventgrid.spring.listener.EventGridListenerRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.messaging.Message;
import org.springframework.messaging.handler.invocation.HandlerMethodArgumentResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that listener methods are checked when the application starts, with the
 * auto-configured {@link EventGridListenerMethodFactory}.
 *
 * @author Event Grid for Spring Boot team
 */
class ListenerStartupTests {

	private final ReactiveWebApplicationContextRunner runner = new ReactiveWebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(EventGridWebhookReactiveAutoConfiguration.class));

	@Test
	void aListenerWithAParameterNoResolverTakesFailsTheStartupNamingTheMethodAndTheParameter() {
		this.runner.withUserConfiguration(UnresolvableListener.class).run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.hasMessageContaining("ListenerStartupTests$UnresolvableListener#on")
				.hasMessageContaining("parameter 1 (int retries) cannot be resolved")
				.hasMessageContaining("@Header(\"aeg-delivery-count\")");
		});
	}

	@Test
	void aListenerWithTwoEventParametersFailsTheStartup() {
		this.runner.withUserConfiguration(TwoPayloadsListener.class).run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.hasMessageContaining("ListenerStartupTests$TwoPayloadsListener#on")
				.hasMessageContaining("parameter 1 (CloudEvent other) cannot be resolved");
		});
	}

	@Test
	void aBatchListenerWithoutAListFailsTheStartup() {
		this.runner.withUserConfiguration(BatchWithoutListListener.class).run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.hasMessageContaining(
						"parameter 0 (CloudEvent event) cannot be resolved: the listener is a batch " + "listener");
		});
	}

	@Test
	void aListenerThatNamesAMissingErrorHandlerFailsTheStartup() {
		this.runner.withUserConfiguration(MissingErrorHandlerListener.class).run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("'nowhere'");
		});
	}

	@Test
	void aCustomizerAddsAnArgumentResolverThatMakesAParameterResolvable() {
		this.runner.withUserConfiguration(UnresolvableListener.class, IntResolver.class).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBean(EventGridListenerRegistry.class).getEndpoints("/api/events")).hasSize(1);
		});
	}

	@Test
	void usesTheApplicationsErrorHandlerAndValidator() {
		this.runner.withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
			.withUserConfiguration(ErrorHandlerConfiguration.class)
			.run((context) -> {
				assertThat(context.getBean(EventGridListenerRegistry.class).getEndpoints("/api/events")).singleElement()
					.satisfies((endpoint) -> assertThat(endpoint.getErrorHandler())
						.isSameAs(context.getBean(EventGridListenerErrorHandler.class)));
				assertThat(context.getBean(EventGridListenerMethodFactory.class)).extracting("validator")
					.isSameAs(context.getBean("defaultValidator"));
			});
	}

	@Configuration(proxyBeanMethods = false)
	static class UnresolvableListener {

		@EventGridListener
		void on(CloudEvent event, int retries) {
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class TwoPayloadsListener {

		@EventGridListener
		void on(CloudEvent event, CloudEvent other) {
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class BatchWithoutListListener {

		@EventGridListener(batch = "true")
		void on(CloudEvent event) {
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class MissingErrorHandlerListener {

		@EventGridListener(errorHandler = "nowhere")
		void on(CloudEvent event) {
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class IntResolver {

		@Bean
		EventGridListenerMethodFactoryCustomizer intResolver() {
			return (factory) -> factory.addArgumentResolver(new HandlerMethodArgumentResolver() {

				@Override
				public boolean supportsParameter(MethodParameter parameter) {
					return parameter.getParameterType() == int.class;
				}

				@Override
				public Object resolveArgument(MethodParameter parameter, Message<?> message) {
					return 42;
				}

			});
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class ErrorHandlerConfiguration {

		@Bean
		EventGridListenerErrorHandler applicationErrorHandler() {
			return (message, exception) -> EventGridListenerErrorHandler.defaultHandler()
				.handleError(message, exception);
		}

		@EventGridListener
		void on(CloudEvent event) {
		}

	}

}
