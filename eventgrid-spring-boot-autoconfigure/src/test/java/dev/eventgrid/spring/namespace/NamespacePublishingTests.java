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

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import dev.eventgrid.emulator.fault.Fault;
import dev.eventgrid.emulator.fault.FaultRule;
import dev.eventgrid.emulator.fault.RetryAfterHeader;
import dev.eventgrid.emulator.model.ReceivedEvent;
import dev.eventgrid.spring.EventGridAuthenticationException;
import dev.eventgrid.spring.EventGridException;
import dev.eventgrid.spring.EventGridHeaders;
import dev.eventgrid.spring.EventGridPartialSendException;
import dev.eventgrid.spring.core.EventGridPublisher;
import dev.eventgrid.spring.core.EventGridTemplate;
import dev.eventgrid.spring.core.ReactiveEventGridTemplate;
import dev.eventgrid.spring.core.SendResult;
import dev.eventgrid.spring.credential.EventGridCredential;
import dev.eventgrid.spring.event.CloudEvent;
import dev.eventgrid.spring.event.EventGridEvent;
import dev.eventgrid.spring.event.EventSchema;
import dev.eventgrid.spring.event.InvalidEventException;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import reactor.core.publisher.Flux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests of publishing to a namespace topic through the templates, against the emulator's
 * namespace: the route, the credentials, batching by the namespace's 1,000 events per
 * request, retries, partial sends, observation, and the errors.
 *
 * @author Event Grid for Spring Boot team
 */
class NamespacePublishingTests {

	@RegisterExtension
	static final NamespaceFixture fixture = new NamespaceFixture();

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "key", "sas", "token" })
	void sendsCloudEventsToTheNamespaceTopicWithEveryCredential(String credential) {
		EventGridTemplate template = template(fixture.publisher().credential(credential(credential)).build());

		SendResult result = template.send(List.of(event("a"), event("b")));
		template.send(event("c"));

		assertThat(result.eventCount()).isEqualTo(2);
		assertThat(received()).containsExactly("a", "b", "c");
		assertThat(fixture.namespace().subscription(NamespaceFixture.TOPIC, NamespaceFixture.WORKERS).size())
			.isEqualTo(3);
	}

	@Test
	void sendsAnAccessKeyAsSharedAccessKeyAuthorization() {
		EventGridPublisher publisher = fixture.publisher().build();

		assertThat(publisher.getCredential().header().block()).satisfies((header) -> {
			assertThat(header.name()).isEqualTo("Authorization");
			assertThat(header.value()).startsWith("SharedAccessKey ");
		});
		assertThat(publisher.getDestination()).isEqualTo(NamespaceFixture.TOPIC);
		assertThat(publisher.getNamespaceTopic()).isEqualTo(NamespaceFixture.TOPIC);
		assertThat(publisher.toString()).contains("namespaceTopic=orders").doesNotContain(fixture.namespace().key());
	}

	@Test
	void convertAndSendWrapsPayloadsAsCloudEvents() {
		EventGridTemplate template = template(
				fixture.publisher().cloudEventSource("/shop").typePrefix("shop.").build());

		template.convertAndSend(new OrderPlaced("o-1", 3));
		template.convertAndSend("orders", new OrderPlaced("o-2", 4), Map.of(EventGridHeaders.SUBJECT, "/orders/o-2"));

		List<ReceivedEvent> events = fixture.namespace().receivedEvents(NamespaceFixture.TOPIC);
		assertThat(events).hasSize(2);
		assertThat(events.get(0).text("type")).isEqualTo("shop.OrderPlaced");
		assertThat(events.get(0).text("source")).isEqualTo("/shop");
		assertThat(events.get(0).node().get("data").get("id").asString()).isEqualTo("o-1");
		assertThat(events.get(1).text("subject")).isEqualTo("/orders/o-2");
	}

	@Test
	void splitsASendIntoRequestsOfAtMostOneThousandEvents() {
		EventGridTemplate template = template(fixture.publisher().build());

		SendResult many = template.send(IntStream.range(0, 2500).mapToObj((i) -> event("e" + i)).toList());
		SendResult exactly = template.send(IntStream.range(0, 1000).mapToObj((i) -> event("x" + i)).toList());

		assertThat(many.requestCount()).isEqualTo(3);
		assertThat(exactly.requestCount()).isEqualTo(1);
		assertThat(received()).hasSize(3500).startsWith("e0", "e1").endsWith("x998", "x999");
	}

	@Test
	void reactiveTemplateStreamsIntoRequestsOfAtMostOneThousandEvents() {
		ReactiveEventGridTemplate template = new ReactiveEventGridTemplate(fixture.publisher().build());

		SendResult result = template.send(Flux.range(0, 2000).map((i) -> event("s" + i))).block();

		assertThat(result).isNotNull();
		assertThat(result.requestCount()).isEqualTo(2);
		assertThat(received()).hasSize(2000);
	}

	@Test
	void retriesWhatTheNamespaceMayAcceptLater() {
		fixture.namespace().faults().failNext(2, 503);
		EventGridTemplate template = template(fixture.publisher().build());

		SendResult result = template.send(event("r"));

		assertThat(result.attempts()).isEqualTo(3);
		assertThat(received()).containsExactly("r");
	}

	@Test
	void reportsWhichEventsWereAcceptedWhenALaterRequestFails() {
		fixture.namespace().faults().add(new FailNth(2, 400));
		EventGridTemplate template = template(fixture.publisher().build());
		List<CloudEvent> events = IntStream.range(0, 2500).mapToObj((i) -> event("p" + i)).toList();

		EventGridPartialSendException ex = assertThatExceptionOfType(EventGridPartialSendException.class)
			.isThrownBy(() -> template.send(events))
			.actual();

		assertThat(ex.getAcceptedIndexes()).hasSize(1000).startsWith(0).endsWith(999);
		assertThat(ex.getFailedIndexes()).hasSize(1500).startsWith(1000).endsWith(2499);
		assertThat(received()).hasSize(1000);
	}

	@Test
	void refusesAnEventGridEventBeforeSendingAnything() {
		EventGridTemplate template = template(fixture.publisher().build());
		EventGridEvent event = EventGridEvent.builder().subject("s").eventType("t").dataVersion("1").data(1).build();

		assertThatExceptionOfType(InvalidEventException.class)
			.isThrownBy(() -> template.send(List.of(event("ok"), event)))
			.withMessageContaining("namespace topic 'orders'")
			.withMessageContaining("take CloudEvents only")
			.withMessageContaining("index 1");
		assertThat(received()).isEmpty();
	}

	@Test
	void refusesAPublisherOfAnotherSchemaOrAShapeOnlyTopicsHave() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> fixture.publisher().schema(EventSchema.EVENT_GRID_EVENT).build())
			.withMessageContaining("takes CloudEvents only")
			.withMessageContaining("use schema cloud-event");
		assertThatIllegalArgumentException().isThrownBy(() -> fixture.publisher().domainTopic("d").build())
			.withMessageContaining("remove its domain topic");
		assertThatIllegalArgumentException().isThrownBy(() -> fixture.publisher().namespaceTopic("o/x").build())
			.withMessageContaining("3 to 50 letters, digits and hyphens");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> EventGridPublisher.builder("https://contoso.westus2-1.eventgrid.azure.net/api/events")
				.namespaceTopic("orders")
				.credential(fixture.accessKey())
				.build())
			.withMessageContaining("without /api/events");
	}

	@Test
	void unknownTopicIsRefusedWith410AndAHint() {
		EventGridTemplate template = template(fixture.publisher().namespaceTopic("nosuch").build());

		assertThatExceptionOfType(EventGridException.class).isThrownBy(() -> template.send(event("u")))
			.satisfies((ex) -> assertThat(ex.getStatusCode()).isEqualTo(410))
			.withMessageContaining("check the namespace topic name");
	}

	@Test
	void aRefusalFor403SaysWhatANamespaceMeansByIt() {
		fixture.namespace().faults().failNext(1, 403);
		EventGridTemplate template = template(fixture.publisher().build());

		assertThatExceptionOfType(EventGridException.class).isThrownBy(() -> template.send(event("q")))
			.satisfies((ex) -> assertThat(ex).isNotInstanceOf(EventGridAuthenticationException.class))
			.satisfies((ex) -> assertThat(ex.getStatusCode()).isEqualTo(403))
			.withMessageContaining("a quota is exceeded, or an event or the request is too large");
	}

	@Test
	void wrongKeyIsRefusedAsAnAuthenticationFailureThatNeverShowsTheKey() {
		String wrong = "d3Jvbmcta2V5LXdyb25nLWtleS13cm9uZy1rZXktd3Jvbmc=";
		EventGridTemplate template = template(
				fixture.publisher().credential(EventGridCredential.accessKey(wrong)).build());

		assertThatExceptionOfType(EventGridAuthenticationException.class).isThrownBy(() -> template.send(event("w")))
			.satisfies((ex) -> assertThat(ex.getStatusCode()).isEqualTo(401))
			.withMessageNotContaining(wrong);
	}

	@Test
	void observesASendWithTheNamespaceTopicAsDestination() {
		TestObservationRegistry registry = TestObservationRegistry.create();
		ReactiveEventGridTemplate reactive = new ReactiveEventGridTemplate(fixture.publisher().build());
		reactive.setObservationRegistry(registry);

		new EventGridTemplate(reactive).send(event("o"));

		TestObservationRegistryAssert.assertThat(registry)
			.hasObservationWithNameEqualTo("eventgrid.template")
			.that()
			.hasLowCardinalityKeyValue("messaging.destination.name", NamespaceFixture.TOPIC);
	}

	private EventGridCredential credential(String kind) {
		return switch (kind) {
			case "sas" -> fixture.sasToken();
			case "token" -> fixture.bearerToken();
			default -> fixture.accessKey();
		};
	}

	private static EventGridTemplate template(EventGridPublisher publisher) {
		return new EventGridTemplate(new ReactiveEventGridTemplate(publisher));
	}

	private static CloudEvent event(String id) {
		return CloudEvent.builder().id(id).source("/orders").type("Order.Placed").data(Map.of("id", id)).build();
	}

	private static List<String> received() {
		return fixture.namespace()
			.receivedEvents(NamespaceFixture.TOPIC)
			.stream()
			.map((event) -> event.text("id"))
			.toList();
	}

	record OrderPlaced(String id, int quantity) {
	}

	/**
	 * Fails the n-th request with a status.
	 */
	static final class FailNth implements FaultRule {

		private final AtomicInteger seen = new AtomicInteger();

		private final int nth;

		private final int status;

		FailNth(int nth, int status) {
			this.nth = nth;
			this.status = status;
		}

		@Override
		public @Nullable Fault select(String topic) {
			return (this.seen.incrementAndGet() == this.nth)
					? new Fault.Fail(this.status, null, RetryAfterHeader.RETRY_AFTER) : null;
		}

		@Override
		public boolean isExhausted() {
			return this.seen.get() >= this.nth;
		}

	}

}
