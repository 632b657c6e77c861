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

import java.net.URI;
import java.util.Map;

import dev.eventgrid.spring.autoconfigure.InvalidEventGridConfigurationException;
import dev.eventgrid.spring.event.CloudEvent;
import dev.eventgrid.spring.listener.EventGridListener;
import dev.eventgrid.spring.listener.EventGridListenerAnnotationBeanPostProcessor;
import dev.eventgrid.spring.listener.EventGridListenerRegistry;
import dev.eventgrid.spring.observation.DefaultEventGridListenerObservationConvention;
import dev.eventgrid.spring.observation.EventGridListenerObservationConvention;
import dev.eventgrid.spring.webhook.BearerTokenWebhookAuthenticator;
import dev.eventgrid.spring.webhook.EventGridWebhookHandler;
import dev.eventgrid.spring.webhook.ReactiveEventGridWebhookRouter;
import dev.eventgrid.spring.webhook.ServletEventGridWebhookRouter;
import dev.eventgrid.spring.webhook.SharedSecretWebhookAuthenticator;
import dev.eventgrid.spring.webhook.SubscriptionValidationMode;
import dev.eventgrid.spring.webhook.WebhookAuthenticationException;
import dev.eventgrid.spring.webhook.WebhookAuthenticator;
import dev.eventgrid.spring.webhook.WebhookRequest;
import io.micrometer.observation.ObservationRegistry;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.reactive.function.server.MockServerRequest;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.unit.DataSize;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * Tests for {@link EventGridWebhookReactiveAutoConfiguration} and
 * {@link EventGridWebhookServletAutoConfiguration}.
 *
 * @author Event Grid for Spring Boot team
 */
class EventGridWebhookAutoConfigurationTests {

	private static final AutoConfigurations BOTH = AutoConfigurations
		.of(EventGridWebhookReactiveAutoConfiguration.class, EventGridWebhookServletAutoConfiguration.class);

	// Enabled: most tests look at the beans of a webhook without listeners, which is
	// otherwise not configured (see Detection).
	private final ReactiveWebApplicationContextRunner reactiveRunner = new ReactiveWebApplicationContextRunner()
		.withConfiguration(BOTH)
		.withPropertyValues("eventgrid.webhook.enabled=true");

	private final WebApplicationContextRunner servletRunner = new WebApplicationContextRunner().withConfiguration(BOTH)
		.withPropertyValues("eventgrid.webhook.enabled=true");

	@Nested
	class Stacks {

		@Test
		void whenReactiveCreatesTheReactiveRouterAndTheSharedBeans() {
			EventGridWebhookAutoConfigurationTests.this.reactiveRunner
				.run((context) -> assertThat(context).hasSingleBean(ReactiveEventGridWebhookRouter.class)
					.doesNotHaveBean(ServletEventGridWebhookRouter.class)
					.hasSingleBean(EventGridWebhookHandler.class)
					.hasSingleBean(EventGridListenerRegistry.class)
					.hasSingleBean(EventGridListenerAnnotationBeanPostProcessor.class)
					.hasSingleBean(WebhookAuthenticator.class));
		}

		@Test
		void createsTheHandlerOnTheFirstRequestRatherThanAtStartup() {
			EventGridWebhookAutoConfigurationTests.this.reactiveRunner.run((context) -> {
				assertThat(context.getBeanFactory().containsSingleton("eventGridWebhookHandler")).isFalse();
				ServerRequest request = MockServerRequest.builder()
					.method(HttpMethod.OPTIONS)
					.uri(URI.create("/api/events"))
					.build();
				context.getBean(ReactiveEventGridWebhookRouter.class).route(request).block();
				assertThat(context.getBeanFactory().containsSingleton("eventGridWebhookHandler")).isTrue();
			});
		}

		@Test
		void whenServletCreatesTheServletRouter() {
			EventGridWebhookAutoConfigurationTests.this.servletRunner
				.run((context) -> assertThat(context).hasSingleBean(ServletEventGridWebhookRouter.class)
					.doesNotHaveBean(ReactiveEventGridWebhookRouter.class)
					.hasSingleBean(EventGridWebhookHandler.class));
		}

		@Test
		void whenNotAWebApplicationCreatesNothing() {
			new ApplicationContextRunner().withConfiguration(BOTH)
				.run((context) -> assertThat(context).doesNotHaveBean(EventGridWebhookHandler.class)
					.doesNotHaveBean(EventGridListenerRegistry.class));
		}

		@Test
		void whenWebFluxFunctionalEndpointsAreMissingBacksOff() {
			EventGridWebhookAutoConfigurationTests.this.reactiveRunner
				.withClassLoader(
						new FilteredClassLoader(org.springframework.web.reactive.function.server.RouterFunction.class))
				.run((context) -> assertThat(context).doesNotHaveBean(EventGridWebhookHandler.class));
		}

		@Test
		void whenSpringMvcFunctionalEndpointsAreMissingBacksOff() {
			EventGridWebhookAutoConfigurationTests.this.servletRunner
				.withClassLoader(new FilteredClassLoader(org.springframework.web.servlet.function.RouterFunction.class))
				.run((context) -> assertThat(context).doesNotHaveBean(EventGridWebhookHandler.class));
		}

		@Test
		void withoutFunctionalWebEndpointsBacksOff() {
			EventGridWebhookAutoConfigurationTests.this.reactiveRunner
				.withClassLoader(new FilteredClassLoader(RouterFunction.class))
				.run((context) -> assertThat(context).doesNotHaveBean(ReactiveEventGridWebhookRouter.class));
		}

		@Test
		void whenDisabledCreatesNothing() {
			EventGridWebhookAutoConfigurationTests.this.reactiveRunner
				.withPropertyValues("eventgrid.webhook.enabled=false")
				.run((context) -> assertThat(context).doesNotHaveBean(EventGridWebhookHandler.class)
					.doesNotHaveBean(ReactiveEventGridWebhookRouter.class));
			EventGridWebhookAutoConfigurationTests.this.servletRunner
				.withPropertyValues("eventgrid.webhook.enabled=false")
				.run((context) -> assertThat(context).doesNotHaveBean(ServletEventGridWebhookRouter.class));
		}

		@Test
		void registersTheListenerMethodsOfBeansAtTheirPaths() {
			EventGridWebhookAutoConfigurationTests.this.reactiveRunner.withBean(Listeners.class)
				.withPropertyValues("eventgrid.webhook.path=/hooks", "test.path=/events/orders")
				.run((context) -> {
					EventGridListenerRegistry registry = context.getBean(EventGridListenerRegistry.class);
					assertThat(registry.getPaths()).containsExactlyInAnyOrder("/hooks", "/events/orders");
					assertThat(registry.getEndpoints("/events/orders")).singleElement()
						.satisfies(
								(endpoint) -> assertThat(endpoint.getEventTypes()).containsExactly("shop.orderplaced"));
				});
		}

	}

	@Nested
	class Detection {

		private final ReactiveWebApplicationContextRunner runner = new ReactiveWebApplicationContextRunner()
			.withConfiguration(BOTH);

		@Test
		void withoutListenersConfiguresNoWebhook() {
			this.runner.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(ReactiveEventGridWebhookRouter.class)
				.doesNotHaveBean(EventGridListenerRegistry.class)
				.doesNotHaveBean(EventGridWebhookHandler.class)
				.doesNotHaveBean(EventGridListenerAnnotationBeanPostProcessor.class)
				.doesNotHaveBean(WebhookAuthenticator.class));
		}

		@Test
		void aBeanWithListenerMethodsConfiguresTheWebhook() {
			this.runner.withBean(Listeners.class)
				.withPropertyValues("test.path=/events/orders")
				.run((context) -> assertThat(context.getBean(EventGridListenerRegistry.class).getPaths())
					.containsExactlyInAnyOrder("/api/events", "/events/orders"));
		}

		@Test
		void listenerMethodsInASuperclassOrAnInterfaceAreFound() {
			this.runner.withBean(InheritedListeners.class)
				.run((context) -> assertThat(context.getBean(EventGridListenerRegistry.class).getPaths())
					.containsExactlyInAnyOrder("/api/events", "/from/interface"));
		}

		@Test
		void aBeanMethodReturningTheListenersClassConfiguresTheWebhook() {
			this.runner.withUserConfiguration(ListenersConfiguration.class)
				.withPropertyValues("test.path=/events/orders")
				.run((context) -> assertThat(context).hasSingleBean(ReactiveEventGridWebhookRouter.class));
		}

		@Test
		void listenersTheDefinitionsDoNotShowStopTheStartupNamingTheFix() {
			this.runner.withUserConfiguration(HiddenListenersConfiguration.class)
				.run((context) -> assertThat(context).getFailure()
					.rootCause()
					.hasMessageContaining("Bean 'hiddenListeners' of type " + Listeners.class.getName()
							+ " has @EventGridListener methods that its bean definition does not show")
					.hasMessageContaining("Declare the @Bean method's return type as Listeners, or set "
							+ "eventgrid.webhook.enabled=true."));
		}

		@Test
		void whenEnabledListenersTheDefinitionsDoNotShowAreServed() {
			this.runner.withUserConfiguration(HiddenListenersConfiguration.class)
				.withPropertyValues("eventgrid.webhook.enabled=true", "test.path=/events/orders")
				.run((context) -> assertThat(context.getBean(EventGridListenerRegistry.class).getPaths())
					.containsExactlyInAnyOrder("/api/events", "/events/orders"));
		}

		@Test
		void aRegistryOfTheApplicationsOwnConfiguresTheWebhook() {
			this.runner.withBean("customRegistry", EventGridListenerRegistry.class, EventGridListenerRegistry::new)
				.run((context) -> assertThat(context).hasSingleBean(ReactiveEventGridWebhookRouter.class)
					.hasSingleBean(EventGridWebhookHandler.class));
		}

	}

	@Nested
	class BackOff {

		@Test
		void whenTheUserDefinesARouterBacksOffFromIt() {
			ReactiveEventGridWebhookRouter custom = new ReactiveEventGridWebhookRouter(
					new EventGridWebhookHandler(new EventGridListenerRegistry(), JsonMapper.builder().build()));
			EventGridWebhookAutoConfigurationTests.this.reactiveRunner
				.withBean("customRouter", ReactiveEventGridWebhookRouter.class, () -> custom)
				.run((context) -> assertThat(context.getBean(ReactiveEventGridWebhookRouter.class)).isSameAs(custom));
		}

		@Test
		void whenTheUserDefinesAHandlerBacksOffFromIt() {
			EventGridWebhookHandler custom = new EventGridWebhookHandler(new EventGridListenerRegistry(),
					JsonMapper.builder().build());
			EventGridWebhookAutoConfigurationTests.this.servletRunner
				.withBean("customHandler", EventGridWebhookHandler.class, () -> custom)
				.run((context) -> assertThat(context.getBean(EventGridWebhookHandler.class)).isSameAs(custom));
		}

		@Test
		void whenTheUserDefinesARegistryUsesIt() {
			EventGridListenerRegistry custom = new EventGridListenerRegistry("/custom");
			EventGridWebhookAutoConfigurationTests.this.reactiveRunner
				.withBean("customRegistry", EventGridListenerRegistry.class, () -> custom)
				.run((context) -> assertThat(context.getBean(EventGridWebhookHandler.class).getRegistry())
					.isSameAs(custom));
		}

		@Test
		void whenTheUserDefinesAnAuthenticatorTheHandlerUsesItInsteadOfTheProperties() {
			WebhookAuthenticator custom = (request) -> {
			};
			EventGridWebhookAutoConfigurationTests.this.reactiveRunner
				.withBean("customAuthenticator", WebhookAuthenticator.class, () -> custom)
				.withPropertyValues("eventgrid.webhook.secret.value=s3cret")
				.run((context) -> assertThat(context.getBean(EventGridWebhookHandler.class)).extracting("authenticator")
					.isSameAs(custom));
		}

		@Test
		void usesTheApplicationsJsonMapperObservationRegistryAndConvention() {
			JsonMapper mapper = JsonMapper.builder().build();
			ObservationRegistry registry = ObservationRegistry.create();
			EventGridListenerObservationConvention convention = new DefaultEventGridListenerObservationConvention();
			EventGridWebhookAutoConfigurationTests.this.reactiveRunner.withBean(JsonMapper.class, () -> mapper)
				.withBean(ObservationRegistry.class, () -> registry)
				.withBean(EventGridListenerObservationConvention.class, () -> convention)
				.run((context) -> {
					EventGridWebhookHandler handler = context.getBean(EventGridWebhookHandler.class);
					assertThat(handler).extracting("jsonMapper").isSameAs(mapper);
					assertThat(handler).extracting("observationRegistry").isSameAs(registry);
					assertThat(handler).extracting("observationConvention").isSameAs(convention);
				});
		}

		@Test
		void withoutAnObservationRegistryObservesNothing() {
			EventGridWebhookAutoConfigurationTests.this.reactiveRunner
				.run((context) -> assertThat(context.getBean(EventGridWebhookHandler.class))
					.extracting("observationRegistry")
					.isSameAs(ObservationRegistry.NOOP));
		}

	}

	@Nested
	class Properties {

		@Test
		void appliesThePropertiesToTheHandlerAndRegistry() {
			EventGridWebhookAutoConfigurationTests.this.servletRunner
				.withPropertyValues("eventgrid.webhook.path=/hooks/events", "eventgrid.webhook.validation=manual",
						"eventgrid.webhook.allowed-origins=eventgrid.azure.net,eventgrid.azure.us",
						"eventgrid.webhook.max-request-size=2KB")
				.run((context) -> {
					EventGridWebhookHandler handler = context.getBean(EventGridWebhookHandler.class);
					assertThat(handler.getRegistry().getDefaultPath()).isEqualTo("/hooks/events");
					assertThat(handler).extracting("handshake.mode").isEqualTo(SubscriptionValidationMode.MANUAL);
					assertThat(handler).extracting("allowedOrigins", InstanceOfAssertFactories.collection(String.class))
						.containsExactlyInAnyOrder("eventgrid.azure.net", "eventgrid.azure.us");
					assertThat(handler.getMaxRequestSize()).isEqualTo(2048);
				});
		}

		@Test
		void withAPathThatIsNotAbsoluteFailsToStartNamingTheFix() {
			EventGridWebhookAutoConfigurationTests.this.reactiveRunner
				.withPropertyValues("eventgrid.webhook.path=hooks")
				.run((context) -> assertThat(context).getFailure()
					.rootCause()
					.isInstanceOf(InvalidEventGridConfigurationException.class)
					.hasMessageContaining("eventgrid.webhook.path")
					.hasMessageContaining("'hooks' is not an absolute path")
					.satisfies((ex) -> assertThat(((InvalidEventGridConfigurationException) ex).getAction())
						.isEqualTo("Set eventgrid.webhook.path to /hooks.")));
		}

		@Test
		void bindsTheDefaults() {
			EventGridWebhookProperties properties = new Binder(new MapConfigurationPropertySource(Map.of()))
				.bindOrCreate("eventgrid.webhook", EventGridWebhookProperties.class);
			assertThat(properties.getPath()).isEqualTo(EventGridListenerRegistry.DEFAULT_PATH);
			assertThat(properties.getValidation()).isEqualTo(SubscriptionValidationMode.SYNC);
			assertThat(properties.getAllowedOrigins()).containsExactly("eventgrid.azure.net");
			assertThat(properties.getMaxRequestSize())
				.isEqualTo(DataSize.ofBytes(EventGridWebhookHandler.DEFAULT_MAX_REQUEST_SIZE));
			assertThat(properties.getSecret().getValue()).isNull();
			assertThat(properties.getSecret().getQueryParameter()).isEqualTo("secret");
			assertThat(properties.getEntra().getAudiences()).isEmpty();
		}

	}

	@Nested
	class Authentication {

		@Test
		void withoutPropertiesLetsEveryRequestThrough() {
			EventGridWebhookAutoConfigurationTests.this.reactiveRunner.run((context) -> assertThatNoException()
				.isThrownBy(() -> context.getBean(WebhookAuthenticator.class).authenticate(request("/api/events"))));
		}

		@Test
		void withASecretRequiresIt() {
			EventGridWebhookAutoConfigurationTests.this.reactiveRunner
				.withPropertyValues("eventgrid.webhook.secret.value=s3cret",
						"eventgrid.webhook.secret.query-parameter=code")
				.run((context) -> {
					WebhookAuthenticator authenticator = context.getBean(WebhookAuthenticator.class);
					assertThat(authenticator).isInstanceOf(SharedSecretWebhookAuthenticator.class);
					assertThatNoException()
						.isThrownBy(() -> authenticator.authenticate(request("/api/events?code=s3cret")));
					assertThatExceptionOfType(WebhookAuthenticationException.class)
						.isThrownBy(() -> authenticator.authenticate(request("/api/events?secret=s3cret")))
						.withMessage("No shared secret in query parameter 'code'");
				});
		}

		@Test
		void withASecretButNowhereToCarryItFailsToStart() {
			EventGridWebhookAutoConfigurationTests.this.reactiveRunner
				.withPropertyValues("eventgrid.webhook.secret.value=s3cret",
						"eventgrid.webhook.secret.query-parameter=")
				.run((context) -> assertThat(context).getFailure()
					.rootCause()
					.isInstanceOf(InvalidEventGridConfigurationException.class)
					.hasMessageContaining("eventgrid.webhook.secret.query-parameter"));
		}

		@Test
		void withEntraAudiencesAndATenantValidatesBearerTokens() {
			EventGridWebhookAutoConfigurationTests.this.reactiveRunner
				.withPropertyValues("eventgrid.webhook.entra.audiences=api://hook",
						"eventgrid.webhook.entra.tenant-id=t1")
				.run((context) -> {
					WebhookAuthenticator authenticator = context.getBean(WebhookAuthenticator.class);
					assertThat(authenticator).isInstanceOf(BearerTokenWebhookAuthenticator.class);
					assertThatExceptionOfType(WebhookAuthenticationException.class)
						.isThrownBy(() -> authenticator.authenticate(request("/api/events")))
						.withMessage("No bearer token");
				});
		}

		@Test
		void withASecretAndEntraRequiresBoth() {
			EventGridWebhookAutoConfigurationTests.this.reactiveRunner
				.withPropertyValues("eventgrid.webhook.secret.value=s3cret",
						"eventgrid.webhook.entra.audiences=api://hook", "eventgrid.webhook.entra.tenant-id=t1")
				.run((context) -> assertThatExceptionOfType(WebhookAuthenticationException.class)
					.isThrownBy(() -> context.getBean(WebhookAuthenticator.class)
						.authenticate(request("/api/events?secret=s3cret")))
					.withMessage("No bearer token"));
		}

		@Test
		void withEntraAudiencesButNoTenantNorKeySetFailsToStart() {
			EventGridWebhookAutoConfigurationTests.this.reactiveRunner
				.withPropertyValues("eventgrid.webhook.entra.audiences=api://hook")
				.run((context) -> assertThat(context).getFailure()
					.rootCause()
					.isInstanceOf(InvalidEventGridConfigurationException.class)
					.hasMessageContaining("eventgrid.webhook.entra.tenant-id"));
		}

		@Test
		void withEntraAudiencesButNoSpringSecurityFailsToStart() {
			EventGridWebhookAutoConfigurationTests.this.reactiveRunner
				.withClassLoader(new FilteredClassLoader("org.springframework.security.oauth2.jwt"))
				.withPropertyValues("eventgrid.webhook.entra.audiences=api://hook",
						"eventgrid.webhook.entra.tenant-id=t1")
				.run((context) -> assertThat(context).getFailure()
					.rootCause()
					.hasMessageContaining("spring-security-oauth2-jose"));
		}

		private static WebhookRequest request(String pathAndQuery) {
			int query = pathAndQuery.indexOf('?');
			LinkedMultiValueMap<String, String> params = new LinkedMultiValueMap<>();
			if (query >= 0) {
				String[] pair = pathAndQuery.substring(query + 1).split("=", 2);
				params.add(pair[0], pair[1]);
			}
			return new WebhookRequest(HttpMethod.POST, (query >= 0) ? pathAndQuery.substring(0, query) : pathAndQuery,
					new HttpHeaders(), params);
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class ListenersConfiguration {

		@Bean
		Listeners listeners() {
			return new Listeners();
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class HiddenListenersConfiguration {

		@Bean
		Object hiddenListeners() {
			return new Listeners();
		}

	}

	interface InterfaceListener {

		@EventGridListener(path = "/from/interface")
		void onInterfaceEvent(CloudEvent event);

	}

	abstract static class BaseListener {

		@EventGridListener
		void onBaseEvent(CloudEvent event) {
		}

	}

	static class InheritedListeners extends BaseListener implements InterfaceListener {

		@Override
		public void onInterfaceEvent(CloudEvent event) {
		}

	}

	static class Listeners {

		@EventGridListener
		void onAnything(CloudEvent event) {
		}

		@EventGridListener(path = "${test.path}", eventTypes = "Shop.OrderPlaced")
		void onOrder(CloudEvent event) {
		}

	}

}
