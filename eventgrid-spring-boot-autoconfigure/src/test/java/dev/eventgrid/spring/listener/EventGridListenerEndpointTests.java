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
import java.util.Collections;
import java.util.List;

import dev.eventgrid.spring.event.CloudEvent;
import dev.eventgrid.spring.event.EventGridEvent;
import dev.eventgrid.spring.event.system.StorageBlobCreatedEventData;
import dev.eventgrid.spring.event.system.SubscriptionDeletedEventData;
import dev.eventgrid.spring.event.system.SystemEventNames;
import org.junit.jupiter.api.Test;

import org.springframework.util.ReflectionUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Tests for {@link EventGridListenerEndpoint} and {@link EventGridListenerRegistry}:
 * which methods can be listeners and which events each receives.
 *
 * @author Event Grid for Spring Boot team
 */
class EventGridListenerEndpointTests {

	private final Methods bean = new Methods();

	@Test
	void refusesAMethodWithTwoEventParameters() {
		assertThatIllegalStateException().isThrownBy(() -> endpoint("twoEvents", Collections.emptyList()))
			.withMessageContaining("EventGridListenerEndpointTests$Methods#twoEvents")
			.withMessageContaining("parameter 1 (CloudEvent second) cannot be resolved: the method already takes "
					+ "the event in parameter 0 (EventGridEvent first)");
	}

	@Test
	void receivesTheNamedTypesIgnoringCase() {
		EventGridListenerEndpoint endpoint = endpoint("event", List.of("Shop.OrderPlaced", " shop.ordershipped "));

		assertThat(endpoint.accepts("shop.orderplaced")).isTrue();
		assertThat(endpoint.accepts("SHOP.ORDERSHIPPED")).isTrue();
		assertThat(endpoint.accepts("Shop.OrderCancelled")).isFalse();
	}

	@Test
	void receivesEveryTypeButEventGridsOwnWhenNoneIsNamed() {
		EventGridListenerEndpoint endpoint = endpoint("event", Collections.emptyList());

		assertThat(endpoint.accepts("Shop.OrderPlaced")).isTrue();
		assertThat(endpoint.accepts(SystemEventNames.EVENT_GRID_SUBSCRIPTION_VALIDATION)).isFalse();
		assertThat(endpoint.accepts(SystemEventNames.EVENT_GRID_SUBSCRIPTION_DELETED)).isFalse();
	}

	@Test
	void receivesTheTypesOfItsSystemEventData() {
		EventGridListenerEndpoint endpoint = endpoint("blobCreated", Collections.emptyList());

		assertThat(endpoint.accepts("Microsoft.Storage.BlobCreated")).isTrue();
		assertThat(endpoint.accepts("Microsoft.Storage.BlobDeleted")).isFalse();
		assertThat(endpoint.accepts("Shop.OrderPlaced")).isFalse();
	}

	@Test
	void receivesTheDeletionEventWhenItTakesItsData() {
		EventGridListenerEndpoint endpoint = endpoint("subscriptionDeleted", Collections.emptyList());

		assertThat(endpoint.accepts(SystemEventNames.EVENT_GRID_SUBSCRIPTION_DELETED)).isTrue();
		assertThat(endpoint.accepts(SystemEventNames.EVENT_GRID_SUBSCRIPTION_VALIDATION)).isFalse();
	}

	@Test
	void takesAWholeDeliveryWhenItTakesAList() {
		assertThat(endpoint("batch", Collections.emptyList()).isBatch()).isTrue();
		assertThat(endpoint("event", Collections.emptyList()).isBatch()).isFalse();
	}

	@Test
	void awaitsReactiveAndCompletionStageResults() {
		assertThat(endpoint("cloudEvent", Collections.emptyList()).isAsync()).isTrue();
		assertThat(endpoint("event", Collections.emptyList()).isAsync()).isFalse();
	}

	@Test
	void registersEndpointsAtTheirNormalizedPathOrTheDefaultOne() {
		EventGridListenerRegistry registry = new EventGridListenerRegistry("hooks/");
		registry.register(new EventGridListenerEndpoint("a", "", Collections.emptyList(), this.bean, method("event")));
		registry.register(new EventGridListenerEndpoint("b", "events/orders/", Collections.emptyList(), this.bean,
				method("event")));

		assertThat(registry.getPaths()).containsExactlyInAnyOrder("/hooks", "/events/orders");
		assertThat(registry.getEndpoints("/events/orders/")).extracting(EventGridListenerEndpoint::getId)
			.containsExactly("b");
		assertThat(registry.hasEndpoints("/other")).isFalse();
	}

	@Test
	void refusesTwoEndpointsWithTheSameId() {
		EventGridListenerRegistry registry = new EventGridListenerRegistry();
		registry.register(endpoint("event", Collections.emptyList()));

		assertThatIllegalStateException()
			.isThrownBy(() -> registry.register(endpoint("event", Collections.emptyList())))
			.withMessageContaining("Two Event Grid listeners have the id 'event'");
	}

	private EventGridListenerEndpoint endpoint(String methodName, List<String> eventTypes) {
		return new EventGridListenerEndpoint(methodName, "", eventTypes, this.bean, method(methodName));
	}

	private static Method method(String name) {
		return ReflectionUtils.findMethod(Methods.class, name, (Class<?>[]) null);
	}

	static class Methods {

		void twoEvents(EventGridEvent first, CloudEvent second) {
		}

		void event(EventGridEvent event, EventGridDelivery delivery) {
		}

		void blobCreated(StorageBlobCreatedEventData data) {
		}

		void subscriptionDeleted(SubscriptionDeletedEventData data) {
		}

		void batch(List<EventGridEvent> events) {
		}

		reactor.core.publisher.Mono<Void> cloudEvent(CloudEvent event) {
			return reactor.core.publisher.Mono.empty();
		}

	}

}
