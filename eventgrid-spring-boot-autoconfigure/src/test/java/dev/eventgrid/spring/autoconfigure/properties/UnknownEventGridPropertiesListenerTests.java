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

package dev.eventgrid.spring.autoconfigure.properties;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.eventgrid.spring.autoconfigure.EventGridAutoConfiguration;
import dev.eventgrid.spring.core.EventGridTemplate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatRuntimeException;

/**
 * Tests for {@link UnknownEventGridPropertiesListener}: every {@code eventgrid.*} name
 * that no setting has is reported with the name it was likely meant to be, and known
 * names in every form are not.
 *
 * @author Event Grid for Spring Boot team
 */
@ExtendWith(OutputCaptureExtension.class)
class UnknownEventGridPropertiesListenerTests {

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "eventgrid.endpiont, eventgrid.endpoint", "eventgrid.sas-tokn, eventgrid.sas-token",
			"eventgrid.retry.max-atempts, eventgrid.retry.max-attempts",
			"eventgrid.publishers.audit.endpiont, eventgrid.publishers.audit.endpoint",
			"eventgrid.publishers.audit.credentials.client-id, eventgrid.publishers.audit.credential.client-id",
			"eventgrid.webhook.allowed-origin, eventgrid.webhook.allowed-origins",
			"eventgrid.webhook.secret.vaule, eventgrid.webhook.secret.value",
			"eventgrid.template.observations-enabled, eventgrid.template.observation-enabled",
			"eventgrid.topic-endpoint, eventgrid.endpoint", "eventgrid.access-key, eventgrid.key" })
	void namesTheLikelyPropertyOfAnUnknownOne(String unknown, String likely) {
		assertThat(warnings(Map.of(unknown, "x"))).singleElement()
			.asString()
			.startsWith("Unknown Event Grid property " + unknown + " (\"" + unknown + "\" from property source")
			.endsWith("; did you mean " + likely + "?");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "eventgrid.batch-size", "eventgrid.publishers.audit.default-publisher",
			"eventgrid.webhook.port" })
	void saysAnUnknownPropertyWithoutANearOneIsIgnored(String unknown) {
		assertThat(warnings(Map.of(unknown, "x"))).singleElement()
			.asString()
			.startsWith("Unknown Event Grid property " + unknown + " (")
			.endsWith("; it is ignored (see the configuration reference of Event Grid for Spring Boot)");
	}

	@Test
	void reportsNothingForKnownPropertiesInEveryForm() {
		Map<String, Object> known = new LinkedHashMap<>();
		for (String name : List.of("eventgrid.endpoint", "eventgrid.key", "eventgrid.schema", "eventgrid.sasToken",
				"eventgrid.credential.managed-identity-enabled", "eventgrid.cloud-event.type-prefix",
				"eventgrid.batch.max-request-size", "eventgrid.default-publisher", "eventgrid.allow-insecure-endpoint",
				"eventgrid.template.observation-enabled", "eventgrid.publishers.audit.endpoint",
				"eventgrid.publishers.my-topic.retry.max-attempts", "eventgrid.publishers[a.b].schema",
				"eventgrid.webhook.path", "eventgrid.webhook.allowed-origins[0]", "eventgrid.webhook.allowed-origins",
				"eventgrid.webhook.entra.audiences[1]", "eventgrid.webhook.secret.query-parameter",
				"eventgrid.webhook.enabled", "eventgrid.jms.message-converter.enabled",
				"eventgrid.listener.observation-enabled", "eventgrid.emulator.topics", "spring.application.name")) {
			known.put(name, "x");
		}

		assertThat(warnings(known)).isEmpty();
	}

	@Test
	void readsEnvironmentVariables() {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources()
			.replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, new SystemEnvironmentPropertySource(
					StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
					Map.of("EVENTGRID_ENDPIONT", "x", "EVENTGRID_PUBLISHERS_AUDIT_SASTOKEN", "x", "PATH", "x")));

		assertThat(UnknownEventGridPropertiesListener.warnings(environment)).singleElement()
			.asString()
			.contains("EVENTGRID_ENDPIONT")
			.endsWith("; did you mean eventgrid.endpoint?");
	}

	@Test
	void warnsBeforeAnApplicationStartsEvenWhenItThenFails(CapturedOutput output) {
		SpringApplication application = new SpringApplication(NeedsATemplate.class);
		application.setWebApplicationType(WebApplicationType.NONE);

		assertThatRuntimeException().isThrownBy(() -> application.run("--spring.main.banner-mode=off",
				"--eventgrid.endpiont=https://orders.westus2-1.eventgrid.azure.net/api/events"));

		String log = output.toString();
		int warning = log.indexOf("Unknown Event Grid property eventgrid.endpiont");
		assertThat(warning).isNotNegative();
		assertThat(log.substring(warning)).contains("did you mean eventgrid.endpoint?")
			.contains("APPLICATION FAILED TO START");
	}

	private static List<String> warnings(Map<String, Object> properties) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
		return UnknownEventGridPropertiesListener.warnings(environment);
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
