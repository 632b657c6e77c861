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

package dev.eventgrid.spring.autoconfigure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import dev.eventgrid.spring.core.EventGridTemplate;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatRuntimeException;

/**
 * Tests that each misconfiguration fails at startup with a report that names the property
 * at fault by its path and whose action says what to write.
 *
 * @author Event Grid for Spring Boot team
 */
@ExtendWith(OutputCaptureExtension.class)
class ConfigurationReportsTests {

	private static final String ENDPOINT = "https://orders.westus2-1.eventgrid.azure.net/api/events";

	private static final String KEY = "c2VjcmV0LWtleS1vZi10aGUtdG9waWM=";

	private static final String ORDERS = "eventgrid.publishers.orders.";

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(EventGridAutoConfiguration.class));

	static Stream<Arguments> misconfigurations() {
		return Stream.of(
				// property at fault, action contains, properties
				row("eventgrid.key", "Set eventgrid.key to key1 or key2", "eventgrid.endpoint=" + ENDPOINT,
						"eventgrid.key=not-a-key!"),
				named(ORDERS + "key", "Set " + ORDERS + "key to key1 or key2", ORDERS + "key=not base64"),
				row("eventgrid.sas-token", "r=<resource>&e=<expiry>&s=<signature>", "eventgrid.endpoint=" + ENDPOINT,
						"eventgrid.sas-token=garbage"),
				withKey("eventgrid.retry.max-attempts", "Set eventgrid.retry.max-attempts to 1 (no retry) or more",
						"eventgrid.retry.max-attempts=0"),
				named(ORDERS + "retry.max-attempts", "Set " + ORDERS + "retry.max-attempts to 1", ORDERS + "key=" + KEY,
						ORDERS + "retry.max-attempts=-1"),
				withKey("eventgrid.batch.concurrency", "Set eventgrid.batch.concurrency to 1",
						"eventgrid.batch.concurrency=0"),
				withKey("eventgrid.batch.max-request-size", "Set eventgrid.batch.max-request-size to 1MB or less",
						"eventgrid.batch.max-request-size=2MB"),
				withKey("eventgrid.batch.max-event-size", "Set eventgrid.batch.max-event-size to 1MB or less",
						"eventgrid.batch.max-event-size=1025KB"),
				withKey("eventgrid.batch.max-request-size", "at most 1MB", "eventgrid.batch.max-request-size=2B"),
				withKey("eventgrid.retry.initial-backoff", "to a positive duration, such as 800ms",
						"eventgrid.retry.initial-backoff=0s"),
				withKey("eventgrid.retry.max-backoff", "to a positive duration, such as 8s",
						"eventgrid.retry.max-backoff=-1s"),
				withKey("eventgrid.retry.try-timeout", "to a positive duration, such as 10s",
						"eventgrid.retry.try-timeout=0ms"),
				withKey("eventgrid.timeout", "Raise eventgrid.timeout to at least 10s", "eventgrid.timeout=5s"),
				named(ORDERS + "timeout", "Raise " + ORDERS + "timeout to at least 1m", ORDERS + "key=" + KEY,
						ORDERS + "retry.try-timeout=60s"),
				withKey("eventgrid.rate-limit.max-events-per-second", "or remove it for no limit",
						"eventgrid.rate-limit.max-events-per-second=-1"),
				withKey("eventgrid.rate-limit.max-bytes-per-second", "or remove it for no limit",
						"eventgrid.rate-limit.max-bytes-per-second=-1KB"),
				withKey("eventgrid.channel-name", "set eventgrid.schema to cloud-event",
						"eventgrid.channel-name=partner", "eventgrid.schema=event-grid-event"),
				row("eventgrid.endpoint", "Set eventgrid.endpoint to the topic or domain endpoint",
						"eventgrid.endpoint=orders.eventgrid.azure.net", "eventgrid.key=" + KEY),
				row("eventgrid.endpoint", "set eventgrid.allow-insecure-endpoint=true",
						"eventgrid.endpoint=http://orders.westus2-1.eventgrid.azure.net/api/events",
						"eventgrid.key=" + KEY),
				named(ORDERS + "credential", "Set " + ORDERS + "credential.client-id",
						ORDERS + "credential.client-secret=s3cret"),
				row(ORDERS + "endpoint", "Set " + ORDERS + "endpoint", ORDERS + "key=" + KEY),
				withKey("eventgrid.default-publisher", "Set eventgrid.default-publisher to one of",
						"eventgrid.default-publisher=nope"));
	}

	private static Arguments row(String property, String action, String... properties) {
		return Arguments.of(property, action, Arrays.asList(properties));
	}

	private static Arguments withKey(String property, String action, String... properties) {
		List<String> all = new ArrayList<>(List.of("eventgrid.endpoint=" + ENDPOINT, "eventgrid.key=" + KEY));
		all.addAll(Arrays.asList(properties));
		return Arguments.of(property, action, all);
	}

	private static Arguments named(String property, String action, String... properties) {
		List<String> all = new ArrayList<>(List.of(ORDERS + "endpoint=" + ENDPOINT));
		all.addAll(Arrays.asList(properties));
		return Arguments.of(property, action, all);
	}

	@ParameterizedTest(name = "{0}: {2}")
	@MethodSource("misconfigurations")
	void reportsTheMisconfiguredPropertyAndWhatToWrite(String property, String action, List<String> properties) {
		this.contextRunner.withPropertyValues(properties.toArray(String[]::new)).run((context) -> {
			assertThat(context).hasFailed();
			FailureAnalysis analysis = new InvalidEventGridConfigurationFailureAnalyzer()
				.analyze(context.getStartupFailure());
			assertThat(analysis).as("analysis of %s", context.getStartupFailure()).isNotNull();
			System.out
				.println(analysis.getDescription() + System.lineSeparator() + "  Action: " + analysis.getAction());
			assertThat(analysis.getDescription()).startsWith("Invalid Event Grid configuration at '" + property + "': ")
				.doesNotContainIgnoringCase("maxAttempts")
				.doesNotContainIgnoringCase("maxRequestSize")
				.doesNotContainIgnoringCase("tryTimeout");
			assertThat(analysis.getAction()).contains(action)
				.isNotEqualTo(analysis.getDescription())
				.doesNotContain(analysis.getDescription().substring(analysis.getDescription().indexOf(": ") + 2));
			assertThat(analysis.getDescription() + analysis.getAction()).doesNotContain("not-a-key!", "s3cret");
		});
	}

	@ParameterizedTest
	@ValueSource(strings = { "eventgrid.sas-token=r=x&e=y&s=z", "eventgrid.credential.client-id=orders-app" })
	void reportsASecondCredentialAsSpringBootReportsMutuallyExclusiveProperties(String second, CapturedOutput output) {
		String configured = assertMutuallyExclusive(output, "eventgrid.", "--eventgrid.endpoint=" + ENDPOINT,
				"--eventgrid.key=" + KEY, "--" + second);
		assertThat(configured).contains("\t" + second.substring(0, second.indexOf('=')) + "\n");
	}

	@ParameterizedTest
	@ValueSource(strings = { "credential.client-id=orders-app", "credential.managed-identity-enabled=true" })
	void reportsAKeyAndACredentialOnANamedPublisher(String second, CapturedOutput output) {
		String configured = assertMutuallyExclusive(output, ORDERS, "--" + ORDERS + "endpoint=" + ENDPOINT,
				"--" + ORDERS + "key=" + KEY, "--" + ORDERS + second);
		assertThat(configured).contains("\t" + ORDERS + second.substring(0, second.indexOf('=')) + "\n");
	}

	private static String assertMutuallyExclusive(CapturedOutput output, String prefix, String... arguments) {
		SpringApplication application = new SpringApplication(NeedsATemplate.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		List<String> args = new ArrayList<>(List.of("--spring.main.banner-mode=off"));
		args.addAll(Arrays.asList(arguments));

		assertThatRuntimeException().isThrownBy(() -> application.run(args.toArray(String[]::new)));

		String report = output.toString();
		assertThat(report).contains("APPLICATION FAILED TO START")
			.contains("The following configuration properties are mutually exclusive:")
			.contains("\t" + prefix + "key\n")
			.contains("\t" + prefix + "credential.*\n")
			.contains("However, more than one of those properties has been configured at the same time:")
			.doesNotContain(KEY);
		String configured = report.substring(report.indexOf("However, more than one"));
		assertThat(configured).contains("\t" + prefix + "key\n");
		return configured;
	}

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration(EventGridAutoConfiguration.class)
	static class NeedsATemplate {

		@Bean
		String orders(EventGridTemplate template) {
			return "orders";
		}

	}

}
