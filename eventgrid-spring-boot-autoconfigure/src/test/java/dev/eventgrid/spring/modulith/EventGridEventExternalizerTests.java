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

package dev.eventgrid.spring.modulith;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.eventgrid.emulator.EventGridEmulator;
import dev.eventgrid.emulator.model.InputSchema;
import dev.eventgrid.emulator.model.ReceivedEvent;
import dev.eventgrid.spring.EventGridHeaders;
import dev.eventgrid.spring.event.CloudEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.modulith.events.Externalized;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.awaitility.Awaitility.await;

/**
 * Tests for {@link EventGridEventExternalizer}: Spring Modulith's JDBC event publication
 * registry (H2) stores each event with its transaction, and the externalizer sends it to
 * an emulator through the auto-configured template.
 *
 * @author Event Grid for Spring Boot team
 */
@SpringBootTest(classes = EventGridEventExternalizerTests.OutboxApplication.class,
		properties = { "spring.main.web-application-type=none", "spring.datasource.url=jdbc:h2:mem:outbox",
				"spring.modulith.events.jdbc.schema-initialization.enabled=true", "eventgrid.retry.max-attempts=1",
				"eventgrid.cloud-event.source=/contoso/shop", "eventgrid.cloud-event.type-prefix=Contoso.Shop." })
class EventGridEventExternalizerTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(20);

	private static final EventGridEmulator emulator = EventGridEmulator.builder()
		.topic("default-topic", InputSchema.CLOUD_EVENT_V1_0)
		.topic("orders-topic", InputSchema.CLOUD_EVENT_V1_0)
		.topic("audit-topic", InputSchema.EVENT_GRID_EVENT)
		.topic("raw-topic", InputSchema.CUSTOM)
		.start();

	@Autowired
	private Shop shop;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private IncompleteEventPublications incompletePublications;

	@DynamicPropertySource
	static void connectToEmulator(DynamicPropertyRegistry registry) {
		registry.add("eventgrid.endpoint", () -> emulator.httpEndpoint("default-topic"));
		registry.add("eventgrid.key", () -> emulator.key("default-topic"));
		publisher(registry, "orders", "cloud-event");
		publisher(registry, "audit", "event-grid-event");
		publisher(registry, "raw", "custom");
	}

	private static void publisher(DynamicPropertyRegistry registry, String name, String schema) {
		registry.add("eventgrid.publishers." + name + ".endpoint", () -> emulator.httpEndpoint(name + "-topic"));
		registry.add("eventgrid.publishers." + name + ".key", () -> emulator.key(name + "-topic"));
		registry.add("eventgrid.publishers." + name + ".schema", () -> schema);
	}

	@AfterAll
	static void stopEmulator() {
		emulator.close();
	}

	@BeforeEach
	void startClean() {
		emulator.clear();
		emulator.faults().clear();
		this.jdbc.update("delete from event_publication");
	}

	@Test
	void sendsToThePublisherTheTargetNamesWithTheKeyAsSubject() {
		this.shop.publish(new OrderPlaced("A-1", 2));

		ReceivedEvent event = awaitEvents("orders-topic", 1).get(0);
		assertThat(event.text("subject")).isEqualTo("orders/A-1");
		assertThat(event.node().get("data").get("orderId").asString()).isEqualTo("A-1");
		awaitAllCompleted(1);
	}

	@Test
	void takesSourceAndTypeFromThePublishersCloudEventDefaults() {
		this.shop.publish(new OrderPlaced("A-2", 1));

		ReceivedEvent event = awaitEvents("orders-topic", 1).get(0);
		assertThat(event.text("source")).isEqualTo("/contoso/shop");
		assertThat(event.text("type")).isEqualTo("Contoso.Shop.OrderPlaced");
	}

	@Test
	void setsAttributesFromTheHeadersOfTheExternalizationConfiguration() {
		this.shop.publish(new OrderPlaced("A-3", 1));

		ReceivedEvent event = awaitEvents("orders-topic", 1).get(0);
		assertThat(event.text("id")).isEqualTo("order-A-3");
		assertThat(event.text("tenant")).isEqualTo("contoso");
	}

	@Test
	void sendsEventsWhoseAnnotationNamesNoTargetThroughTheDefaultPublisher() {
		this.shop.publish(new ShipmentDispatched("S-1"));

		ReceivedEvent event = awaitEvents("default-topic", 1).get(0);
		assertThat(event.text("subject")).isEqualTo("shipments");
		assertThat(event.text("type")).isEqualTo("Contoso.Shop.ShipmentDispatched");
	}

	@Test
	void wrapsEventsAsEventGridEventsForAnEventGridSchemaPublisher() {
		this.shop.publish(new AccountClosed("acc-7"));

		ReceivedEvent event = awaitEvents("audit-topic", 1).get(0);
		assertThat(event.text("subject")).isEqualTo("accounts/acc-7");
		assertThat(event.text("eventType")).isEqualTo("Contoso.Shop.AccountClosed");
		assertThat(event.node().get("data").get("account").asString()).isEqualTo("acc-7");
	}

	@Test
	void sendsEventsAsTheyAreToACustomSchemaPublisher() {
		this.shop.publish(new MeterRead("m-1", 42));

		ReceivedEvent event = awaitEvents("raw-topic", 1).get(0);
		assertThat(event.node().get("meter").asString()).isEqualTo("m-1");
		assertThat(event.node().get("value").asInt()).isEqualTo(42);
	}

	@Test
	void sendsEventsMappedToCloudEventsAsTheyAre() {
		this.shop.publish(new OrderCancelled("A-4"));

		ReceivedEvent event = awaitEvents("orders-topic", 1).get(0);
		assertThat(event.text("source")).isEqualTo("/billing");
		assertThat(event.text("type")).isEqualTo("Billing.OrderCancelled");
		assertThat(event.text("subject")).isEqualTo("orders/A-4");
	}

	@Test
	void neitherStoresNorSendsTheEventsOfARolledBackTransaction() {
		assertThatIllegalStateException().isThrownBy(() -> this.shop.publishAndRollBack(new OrderPlaced("R-1", 1)));
		this.shop.publish(new OrderPlaced("A-5", 1));

		awaitAllCompleted(1);
		assertThat(emulator.receivedEvents("orders-topic")).extracting((event) -> event.text("subject"))
			.containsExactly("orders/A-5");
	}

	@Test
	void completesThePublicationOnlyOnceEventGridHasAnswered() {
		emulator.faults().delayNext(1, Duration.ofSeconds(5));
		this.shop.publish(new OrderPlaced("A-6", 1));

		awaitEvents("orders-topic", 1);
		assertThat(incomplete()).isOne();
		awaitAllCompleted(1);
	}

	@Test
	void leavesThePublicationIncompleteWhenTheSendFailsAndCompletesItWhenResubmitted() {
		emulator.faults().failNext(1, 503);
		this.shop.publish(new OrderPlaced("A-7", 1));

		await().atMost(TIMEOUT).until(() -> failed() == 1);
		assertThat(incomplete()).isOne();
		assertThat(emulator.receivedEvents()).isEmpty();

		this.incompletePublications.resubmitIncompletePublications((publication) -> true);

		assertThat(awaitEvents("orders-topic", 1).get(0).text("subject")).isEqualTo("orders/A-7");
		awaitAllCompleted(1);
	}

	@Test
	void leavesThePublicationIncompleteWhenTheTargetNamesNoPublisher() {
		this.shop.publish(new Misrouted("x"));

		await().atMost(TIMEOUT).until(() -> failed() == 1);
		assertThat(incomplete()).isOne();
		assertThat(emulator.receivedEvents()).isEmpty();
	}

	@Test
	void recordsPublicationsUnderItsOwnListenerId() {
		this.shop.publish(new OrderPlaced("A-8", 1));

		awaitAllCompleted(1);
		assertThat(this.jdbc.queryForList("select listener_id from event_publication", String.class))
			.containsExactly(EventGridEventExternalizer.LISTENER_ID);
	}

	private static List<ReceivedEvent> awaitEvents(String topic, int count) {
		await().atMost(TIMEOUT).until(() -> emulator.receivedEvents(topic).size() >= count);
		return emulator.receivedEvents(topic);
	}

	private void awaitAllCompleted(int count) {
		await().atMost(TIMEOUT).until(() -> completed() == count && incomplete() == 0);
	}

	private int completed() {
		return count("completion_date is not null");
	}

	private int incomplete() {
		return count("completion_date is null");
	}

	private int failed() {
		return count("status = 'FAILED'");
	}

	private int count(String condition) {
		Integer count = this.jdbc.queryForObject("select count(*) from event_publication where " + condition,
				Integer.class);
		return (count != null) ? count : 0;
	}

	@Externalized("orders::#{'orders/' + orderId()}")
	record OrderPlaced(String orderId, int quantity) {
	}

	@Externalized("orders")
	record OrderCancelled(String orderId) {
	}

	@Externalized("::shipments")
	record ShipmentDispatched(String shipmentId) {
	}

	@Externalized("audit::#{'accounts/' + account()}")
	record AccountClosed(String account) {
	}

	@Externalized("raw")
	record MeterRead(String meter, int value) {
	}

	@Externalized("nowhere")
	record Misrouted(String id) {
	}

	static class Shop {

		private final ApplicationEventPublisher events;

		Shop(ApplicationEventPublisher events) {
			this.events = events;
		}

		@Transactional
		void publish(Object event) {
			this.events.publishEvent(event);
		}

		@Transactional
		void publishAndRollBack(Object event) {
			this.events.publishEvent(event);
			throw new IllegalStateException("Rolled back on purpose");
		}

	}

	@SpringBootConfiguration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	static class OutboxApplication {

		@Bean
		Shop shop(ApplicationEventPublisher events) {
			return new Shop(events);
		}

		@Bean
		EventExternalizationConfiguration eventExternalizationConfiguration() {
			return EventExternalizationConfiguration.defaults(OutboxApplication.class.getPackageName())
				.headers(OrderPlaced.class,
						(order) -> Map.of(EventGridHeaders.ID, "order-" + order.orderId(),
								EventGridHeaders.EXTENSION_PREFIX + "tenant", "contoso"))
				.mapping(OrderCancelled.class,
						(order) -> CloudEvent.builder()
							.source("/billing")
							.type("Billing.OrderCancelled")
							.subject("orders/" + order.orderId())
							.data(order)
							.build())
				.build();
		}

	}

}
