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

package dev.eventgrid.spring.autoconfigure.namespace;

import java.util.List;

import dev.eventgrid.spring.credential.EventGridCredential;
import dev.eventgrid.spring.event.CloudEvent;
import dev.eventgrid.spring.namespace.EventGridPullListener;
import dev.eventgrid.spring.namespace.EventGridPullListenerAnnotationBeanPostProcessor;
import dev.eventgrid.spring.namespace.EventGridPullListenerRegistry;
import dev.eventgrid.spring.namespace.EventGridReceivers;
import dev.eventgrid.spring.namespace.ReactiveEventGridReceiver;
import dev.eventgrid.spring.namespace.UnknownEventGridReceiverException;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that {@link EventGridPullListener} methods are checked when the application
 * starts: a receiver that is not configured (also when no receiver is), parameters that
 * cannot be resolved and attributes out of range fail the startup naming the method.
 *
 * @author Event Grid for Spring Boot team
 */
class PullListenerStartupTests {

	private static final String LISTENER = PullListenerStartupTests.class.getName();

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(EventGridNamespaceAutoConfiguration.class));

	private final ApplicationContextRunner withWorkers = this.runner.withPropertyValues(
			"eventgrid.receivers.workers.endpoint=http://localhost:1", "eventgrid.receivers.workers.topic=orders",
			"eventgrid.receivers.workers.subscription=workers", "eventgrid.receivers.workers.key=a2V5");

	@Test
	void aListenerWithoutAnyReceiverConfiguredFailsTheStartupNamingTheMethodAndTheProperties() {
		this.runner.withUserConfiguration(OrdersListener.class).run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).isInstanceOf(UnknownEventGridReceiverException.class)
				.hasMessage("The @EventGridPullListener method " + LISTENER + "$OrdersListener#onEvent declares "
						+ "receiver = \"orders\", but there is no Event Grid receiver of that name: no "
						+ "eventgrid.receivers are configured");
			FailureAnalysis analysis = new UnknownEventGridReceiverFailureAnalyzer()
				.analyze(context.getStartupFailure());
			assertThat(analysis).isNotNull();
			System.out.println(analysis.getDescription() + "\nAction: " + analysis.getAction());
			assertThat(analysis.getDescription()).contains("OrdersListener#onEvent");
			assertThat(analysis.getAction()).contains("set eventgrid.receivers.orders.endpoint")
				.contains("eventgrid.receivers.orders.topic")
				.contains("eventgrid.receivers.orders.subscription");
		});
	}

	@Test
	void aListenerNamingAnotherReceiverFailsTheStartupListingTheConfiguredOnes() {
		this.withWorkers.withUserConfiguration(OrdersListener.class).run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).isInstanceOf(UnknownEventGridReceiverException.class)
				.hasMessageContaining("OrdersListener#onEvent")
				.hasMessageContaining("the configured receivers are [workers]");
			FailureAnalysis analysis = new UnknownEventGridReceiverFailureAnalyzer()
				.analyze(context.getStartupFailure());
			assertThat(analysis).isNotNull();
			assertThat(analysis.getAction()).contains("eventgrid.receivers.orders.endpoint").contains("[workers]");
		});
	}

	@Test
	void withoutListenersOrReceiversTheApplicationStartsWithoutThePostProcessor() {
		this.runner.withUserConfiguration(NoListener.class)
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(EventGridPullListenerRegistry.class)
				.doesNotHaveBean(EventGridPullListenerAnnotationBeanPostProcessor.class));
	}

	@Test
	void aListenerTheDefinitionsDoNotShowFailsTheStartupNamingTheFix() {
		this.runner.withUserConfiguration(HiddenListener.class)
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("Bean 'hiddenListener' of type " + OrdersListener.class.getName()
						+ " has @EventGridPullListener methods that its bean definition does not show")
				.hasMessageContaining("or configure the receiver it names under eventgrid.receivers.<name>."));
	}

	@Test
	void anApplicationsOwnReceiversBeanServesListenersWithoutProperties() {
		this.runner.withUserConfiguration(OwnReceivers.class)
			.run((context) -> assertThat(context).hasNotFailed()
				.getBean(EventGridPullListenerRegistry.class)
				.satisfies(
						(registry) -> assertThat(registry.getContainerIds()).containsExactly("OwnReceivers#onEvent")));
	}

	@Test
	void aListenerWithAParameterNoResolverTakesFailsTheStartupNamingTheMethodAndTheParameter() {
		this.withWorkers.withUserConfiguration(UnresolvableListener.class).run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.hasMessageContaining(LISTENER + "$UnresolvableListener#onEvent")
				.hasMessageContaining("parameter 1 (int retries) cannot be resolved");
		});
	}

	@Test
	void aConcurrencyBelowOneFailsTheStartupNamingTheMethodAndTheAttribute() {
		this.withWorkers.withUserConfiguration(NoConsumerListener.class)
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessage("The @EventGridPullListener method " + LISTENER + "$NoConsumerListener#onEvent declares "
						+ "concurrency = \"0\"; write a whole number from 1 to 64"));
	}

	@Test
	void aBatchSizeAboveAHundredFailsTheStartupNamingTheMethodAndTheAttribute() {
		this.withWorkers.withUserConfiguration(LargeBatchListener.class)
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("$LargeBatchListener#onEvent declares maxEvents = \"101\"; write a whole "
						+ "number from 1 to 100"));
	}

	@Test
	void aWaitOutsideTenToAHundredAndTwentySecondsFailsTheStartupNamingTheMethodAndTheAttribute() {
		this.withWorkers.withUserConfiguration(ShortWaitListener.class)
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("$ShortWaitListener#onEvent declares maxWait = \"5s\"; write whole seconds "
						+ "from 10s to 120s"));
	}

	@Test
	void aPlaceholderIsResolvedBeforeTheRangeIsChecked() {
		this.withWorkers.withPropertyValues("app.consumers=65")
			.withUserConfiguration(PlaceholderListener.class)
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("$PlaceholderListener#onEvent declares concurrency = \"65\""));
	}

	@Configuration(proxyBeanMethods = false)
	static class OwnReceivers {

		@Bean
		EventGridReceivers ownReceivers() {
			return new EventGridReceivers(List.of(ReactiveEventGridReceiver.builder("http://localhost:1")
				.name("orders")
				.topic("orders")
				.subscription("workers")
				.credential(EventGridCredential.accessKey("a2V5"))
				.build()));
		}

		@EventGridPullListener(receiver = "orders", autoStartup = "false")
		void onEvent(CloudEvent event) {
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class OrdersListener {

		@EventGridPullListener(receiver = "orders")
		void onEvent(CloudEvent event) {
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class HiddenListener {

		@Bean
		Object hiddenListener() {
			return new OrdersListener();
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class NoListener {

		void onEvent(CloudEvent event) {
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class UnresolvableListener {

		@EventGridPullListener(receiver = "workers")
		void onEvent(CloudEvent event, int retries) {
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class NoConsumerListener {

		@EventGridPullListener(receiver = "workers", concurrency = "0")
		void onEvent(CloudEvent event) {
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class LargeBatchListener {

		@EventGridPullListener(receiver = "workers", maxEvents = "101")
		void onEvent(CloudEvent event) {
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class ShortWaitListener {

		@EventGridPullListener(receiver = "workers", maxWait = "5s")
		void onEvent(CloudEvent event) {
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class PlaceholderListener {

		@EventGridPullListener(receiver = "workers", concurrency = "${app.consumers}")
		void onEvent(CloudEvent event) {
		}

	}

}
