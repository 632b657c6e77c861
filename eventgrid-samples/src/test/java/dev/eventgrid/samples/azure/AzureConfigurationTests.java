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

package dev.eventgrid.samples.azure;

import java.util.Map;

import dev.eventgrid.emulator.EventGridEmulator;
import dev.eventgrid.emulator.model.InputSchema;
import dev.eventgrid.samples.RunSummary;
import dev.eventgrid.samples.SampleRunner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link AzureConfiguration}: with {@code EVENTGRID_ENDPOINT} set, the samples
 * publish to that endpoint instead of starting an emulator. An emulator started by the
 * test plays Azure, and the environment variables are those the README gives.
 *
 * @author Event Grid for Spring Boot team
 */
@SpringBootTest(properties = "samples.run=none")
@ContextConfiguration(initializers = AzureConfigurationTests.EnvironmentVariables.class)
@ExtendWith(OutputCaptureExtension.class)
class AzureConfigurationTests {

	static final EventGridEmulator azure = EventGridEmulator.builder()
		.topic("orders", InputSchema.CLOUD_EVENT_V1_0)
		.topic("audit", InputSchema.EVENT_GRID_EVENT)
		.start();

	@Autowired
	private ApplicationContext context;

	@Autowired
	private SampleRunner samples;

	@AfterAll
	static void stopAzure() {
		azure.close();
	}

	@BeforeEach
	void clearAzure() {
		azure.clear();
	}

	@Test
	void startsNoEmulator() {
		assertThat(this.context.getBeansOfType(EventGridEmulator.class)).isEmpty();
	}

	@Test
	void publishesToTheEndpointAndKeyOfTheEnvironment(CapturedOutput output) {
		assertThat(this.samples.run("cloud-events").passed()).isOne();
		assertThat(azure.receivedEvents("orders")).singleElement()
			.satisfies((event) -> assertThat(event.headers().contains("aeg-sas-key")).isTrue());
		assertThat(output).contains("publishing to Azure Event Grid at " + azure.httpEndpoint("orders"));
	}

	@Test
	void publishesThroughANamedPublisherGivenItsOwnEndpoint() {
		assertThat(this.samples.run("eventgrid-events").passed()).isOne();
		assertThat(azure.receivedEvents("audit")).hasSize(1);
	}

	@Test
	void signsASasTokenWithTheKeyOfTheEnvironment() {
		assertThat(this.samples.run("generate-sas").passed()).isOne();
		assertThat(azure.receivedEvents("orders")).singleElement()
			.satisfies((event) -> assertThat(event.headers().contains("aeg-sas-token")).isTrue());
	}

	@Test
	void skipsTheSamplesOfPublishersWithoutAnEndpoint(CapturedOutput output) {
		RunSummary summary = this.samples.run("custom-schema", "eventgrid-domain", "token-credential");
		assertThat(summary).isEqualTo(new RunSummary(0, 3, 0, 0));
		assertThat(azure.receivedEvents()).isEmpty();
		assertThat(output).contains(
				"skipped: publisher 'custom' has no endpoint; set EVENTGRID_PUBLISHERS_CUSTOM_ENDPOINT to a topic "
						+ "with the custom schema",
				"skipped: publisher 'domain' has no endpoint; set EVENTGRID_PUBLISHERS_DOMAIN_ENDPOINT to a domain "
						+ "with the event-grid-event schema",
				"skipped: publisher 'token' has no endpoint; set EVENTGRID_PUBLISHERS_TOKEN_ENDPOINT");
	}

	@Test
	void skipsTheReceivingSamplesSayingWhatAzureNeeds(CapturedOutput output) {
		RunSummary summary = this.samples.run("webhook", "storage-queue", "service-bus-queue", "tracing");
		assertThat(summary).isEqualTo(new RunSummary(0, 4, 0, 0));
		assertThat(azure.receivedEvents()).isEmpty();
		assertThat(output).contains(
				"skipped: Event Grid delivers only to a public HTTPS address; expose this application, run 'az "
						+ "eventgrid event-subscription create --name orders-webhook --source-resource-id <topic "
						+ "resource id> --endpoint https://<public host>/api/events'",
				"skipped: needs a Storage Queue subscription ('az eventgrid event-subscription create "
						+ "--endpoint-type storagequeue ...')",
				"skipped: needs a Service Bus subscription ('az eventgrid event-subscription create "
						+ "--endpoint-type servicebusqueue ...')",
				"skipped: the round trip needs a webhook subscription Event Grid can reach");
	}

	/**
	 * Sets environment variables, as a shell would before {@code java -jar}.
	 */
	static class EnvironmentVariables implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			Map<String, Object> variables = Map.of("EVENTGRID_ENDPOINT", azure.httpEndpoint("orders"), "EVENTGRID_KEY",
					azure.key("orders"), "EVENTGRID_PUBLISHERS_EG_ENDPOINT", azure.httpEndpoint("audit"),
					"EVENTGRID_PUBLISHERS_EG_KEY", azure.key("audit"));
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new SystemEnvironmentPropertySource("test-systemEnvironment", variables));
			// Real environment variables are there before the environment post-processors
			// run, these only after: undo what one did for the emulator without them.
			context.getEnvironment().getPropertySources().remove("eventgrid-emulator-identity");
		}

	}

}
