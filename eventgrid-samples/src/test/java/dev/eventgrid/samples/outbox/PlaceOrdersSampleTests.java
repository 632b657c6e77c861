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

package dev.eventgrid.samples.outbox;

import java.util.List;

import dev.eventgrid.emulator.EventGridEmulator;
import dev.eventgrid.emulator.model.ReceivedEvent;
import dev.eventgrid.samples.SampleRunner;
import dev.eventgrid.spring.modulith.EventGridEventExternalizer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link PlaceOrdersSample}.
 *
 * @author Event Grid for Spring Boot team
 */
@SpringBootTest(properties = "samples.run=none", webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class PlaceOrdersSampleTests {

	@Autowired
	private SampleRunner samples;

	@Autowired
	private EventGridEmulator emulator;

	@Autowired
	private JdbcClient jdbc;

	@BeforeEach
	void clearEmulator() {
		this.emulator.clear();
	}

	@Test
	void sendsTheEventOfEveryCommittedOrderWithTheOrderIdAsIdAndSubject(CapturedOutput output) {
		assertThat(this.samples.run("outbox").passed()).isOne();
		List<ReceivedEvent> received = this.emulator.receivedEvents("cloud-events");
		assertThat(received).hasSize(2).allSatisfy((event) -> {
			String orderId = event.node().get("data").get("orderId").asString();
			assertThat(event.text("id")).isEqualTo(orderId);
			assertThat(event.text("subject")).isEqualTo("orders/" + orderId);
			assertThat(event.text("type")).isEqualTo("com.contoso.orders.OrderPlaced");
		});
		assertThat(received).extracting((event) -> event.node().get("data").get("customer").asString())
			.containsExactlyInAnyOrder("Fabrikam", "Contoso");
		assertThat(output).contains("rolled back the order of Northwind", "accepted by [default]: 1 event");
	}

	@Test
	void neitherSavesNorSendsARolledBackOrder() {
		this.samples.run("outbox");
		assertThat(
				this.jdbc.sql("select count(*) from orders where customer = 'Northwind'").query(Integer.class).single())
			.isZero();
		assertThat(this.emulator.receivedEvents("cloud-events"))
			.noneSatisfy((event) -> assertThat(event.json()).contains("Northwind"));
	}

	@Test
	void completesEveryPublicationOnceEventGridHasAcceptedIt() {
		this.samples.run("outbox");
		assertThat(this.jdbc.sql("select listener_id, completion_date from event_publication")
			.query((row, index) -> row.getString(1) + ((row.getObject(2) != null) ? " completed" : " incomplete"))
			.list()).isNotEmpty()
			.allSatisfy((publication) -> assertThat(publication)
				.isEqualTo(EventGridEventExternalizer.LISTENER_ID + " completed"));
	}

}
