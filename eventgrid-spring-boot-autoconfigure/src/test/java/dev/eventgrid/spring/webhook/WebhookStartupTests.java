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

package dev.eventgrid.spring.webhook;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import dev.eventgrid.spring.autoconfigure.InvalidEventGridConfigurationException;
import dev.eventgrid.spring.event.CloudEvent;
import dev.eventgrid.spring.event.EventGridEvent;
import dev.eventgrid.spring.listener.EventGridListener;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.NestedExceptionUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that webhook settings and listeners that could only fail deliveries stop the
 * startup of a real application, on each web stack, with a failure analysis.
 *
 * @author Event Grid for Spring Boot team
 */
@ExtendWith(OutputCaptureExtension.class)
class WebhookStartupTests {

	@ParameterizedTest
	@ValueSource(strings = { "reactive", "servlet" })
	void aNegativeMaxRequestSizeStopsTheStartupNamingTheProperty(String stack, CapturedOutput output) {
		Throwable failure = startFailure(stack, "--eventgrid.webhook.max-request-size=-1KB");

		assertThat(NestedExceptionUtils.getMostSpecificCause(failure))
			.isInstanceOf(InvalidEventGridConfigurationException.class)
			.hasMessageContaining("'eventgrid.webhook.max-request-size'");
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("eventgrid.webhook.max-request-size")
			.contains("Set eventgrid.webhook.max-request-size to a positive size under 2GB");
	}

	@ParameterizedTest
	@ValueSource(strings = { "eventgrid.webhook.max-request-size=0B", "eventgrid.webhook.max-request-size=3GB",
			"eventgrid.webhook.allowed-origins=eventgrid.azure.net,,x", "eventgrid.webhook.secret.value=\u0020",
			"eventgrid.webhook.entra.jwk-set-uri=keys" })
	void everyInvalidSettingStopsTheStartupNamingItsProperty(String setting) {
		Throwable failure = startFailure("reactive", "--" + setting);

		assertThat(NestedExceptionUtils.getMostSpecificCause(failure))
			.isInstanceOf(InvalidEventGridConfigurationException.class)
			.hasMessageContaining("'" + setting.substring(0, setting.indexOf('=')) + "'");
	}

	@ParameterizedTest
	@ValueSource(strings = { "reactive", "servlet" })
	void listenersOfBothSchemasOnOnePathStopTheStartupNamingBothMethods(String stack, CapturedOutput output) {
		Throwable failure = startFailure(stack, MixedSchemasApplication.class);

		assertThat(NestedExceptionUtils.getMostSpecificCause(failure))
			.isInstanceOf(InvalidEventGridConfigurationException.class)
			.hasMessageContaining("@EventGridListener(path = \"/api/events\")")
			.hasMessageContaining("MixedSchemasApplication#onCloud")
			.hasMessageContaining("MixedSchemasApplication#onEventGridBatch");
		assertThat(output).contains("APPLICATION FAILED TO START").contains("Give the listeners of each schema");
	}

	@ParameterizedTest
	@ValueSource(strings = { "reactive", "servlet" })
	void aWebhookWithoutAuthenticationIsReportedOnceNamingItsPaths(String stack, CapturedOutput output) {
		startAndStop(stack);

		String warning = "No authentication protects the Event Grid webhook paths /api/events, /events/batch,";
		assertThat(output.getOut().split(warning, -1)).hasSize(2);
	}

	@ParameterizedTest
	@ValueSource(strings = { "eventgrid.webhook.secret.value=s3cret", "eventgrid.webhook.entra.audiences=api://x" })
	void aWebhookWithAuthenticationIsNotReported(String setting, CapturedOutput output) {
		startAndStop("reactive", "--" + setting, "--eventgrid.webhook.entra.tenant-id=t");

		assertThat(output).contains("Started").doesNotContain("No authentication protects");
	}

	private static void startAndStop(String stack, String... settings) {
		List<String> args = new ArrayList<>(List.of("--server.port=0", "--spring.main.web-application-type=" + stack,
				"--spring.jmx.enabled=false"));
		args.addAll(List.of(settings));
		new SpringApplication(WebhookTestApplication.class).run(args.toArray(String[]::new)).close();
	}

	static Throwable startFailure(String stack, String... settings) {
		return startFailure(stack, WebhookTestApplication.class, settings);
	}

	static Throwable startFailure(String stack, Class<?> application, String... settings) {
		List<String> args = new ArrayList<>(List.of("--server.port=0", "--spring.main.web-application-type=" + stack,
				"--spring.jmx.enabled=false"));
		args.addAll(List.of(settings));
		try (ConfigurableApplicationContext context = new SpringApplication(application)
			.run(args.toArray(String[]::new))) {
			int port = context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
			HttpResponse<String> response = new WebhookClient(port).post("/api/events",
					WebhookClient.orderPlaced("e-1", "o-1"));
			return new AssertionError("The application started, and a delivery was answered " + response.statusCode());
		}
		catch (RuntimeException ex) {
			return ex;
		}
	}

	@SpringBootConfiguration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	static class MixedSchemasApplication {

		@EventGridListener
		void onCloud(CloudEvent event) {
		}

		@EventGridListener
		void onEventGridBatch(List<EventGridEvent> events) {
		}

	}

}
