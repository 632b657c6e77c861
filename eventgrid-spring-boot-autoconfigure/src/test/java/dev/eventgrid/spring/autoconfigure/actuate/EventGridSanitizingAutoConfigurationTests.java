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

package dev.eventgrid.spring.autoconfigure.actuate;

import dev.eventgrid.spring.autoconfigure.EventGridAutoConfiguration;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.actuate.autoconfigure.context.properties.ConfigurationPropertiesReportEndpointAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.env.EnvironmentEndpointAutoConfiguration;
import org.springframework.boot.actuate.context.properties.ConfigurationPropertiesReportEndpoint;
import org.springframework.boot.actuate.env.EnvironmentEndpoint;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link EventGridSanitizingAutoConfiguration}: with the endpoints told to show
 * values, Event Grid's secrets stay masked and its other settings show.
 *
 * @author Event Grid for Spring Boot team
 */
class EventGridSanitizingAutoConfigurationTests {

	private static final String KEY = "c2VjcmV0LWtleS1vZi10aGUtb3JkZXJzLXRvcGljLTAxMjM0NTY3ODk=";

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(
				AutoConfigurations.of(EventGridAutoConfiguration.class, EventGridSanitizingAutoConfiguration.class,
						ConfigurationPropertiesReportEndpointAutoConfiguration.class,
						EnvironmentEndpointAutoConfiguration.class))
		.withPropertyValues("management.endpoints.web.exposure.include=configprops,env",
				"management.endpoint.configprops.show-values=always", "management.endpoint.env.show-values=always",
				"eventgrid.endpoint=https://orders.westus2-1.eventgrid.azure.net/api/events", "eventgrid.key=" + KEY,
				"eventgrid.publishers.audit.endpoint=https://audit.westus2-1.eventgrid.azure.net/api/events",
				"eventgrid.publishers.audit.sas-token=r=audit-resource&e=1&s=audit-signature",
				"eventgrid.publishers.billing.endpoint=https://billing.westus2-1.eventgrid.azure.net/api/events",
				"eventgrid.publishers.billing.credential.client-id=billing-app",
				"eventgrid.publishers.billing.credential.client-secret=billing-client-secret",
				"eventgrid.publishers.billing.credential.tenant-id=contoso");

	@Test
	void masksSecretsInConfigProps() {
		this.contextRunner.run((context) -> {
			String report = json(context.getBean(ConfigurationPropertiesReportEndpoint.class)
				.configurationPropertiesWithPrefix("eventgrid"));
			assertThat(report).doesNotContain(KEY, "audit-signature", "billing-client-secret")
				.contains("orders.westus2-1.eventgrid.azure.net", "billing-app");
		});
	}

	@Test
	void masksSecretsInEnv() {
		this.contextRunner.run((context) -> {
			EnvironmentEndpoint endpoint = context.getBean(EnvironmentEndpoint.class);
			assertThat(json(endpoint.environmentEntry("eventgrid.key"))).doesNotContain(KEY).contains("******");
			assertThat(json(endpoint.environmentEntry("eventgrid.publishers.audit.sas-token")))
				.doesNotContain("audit-signature");
			assertThat(json(endpoint.environmentEntry("eventgrid.publishers.billing.credential.client-secret")))
				.doesNotContain("billing-client-secret");
			assertThat(json(endpoint.environmentEntry("eventgrid.endpoint")))
				.contains("orders.westus2-1.eventgrid.azure.net");
		});
	}

	private static String json(Object descriptor) {
		return JsonMapper.builder().build().writeValueAsString(descriptor);
	}

	@Test
	void backsOffWithoutActuator() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(EventGridSanitizingAutoConfiguration.class))
			.withClassLoader(new FilteredClassLoader("org.springframework.boot.actuate"))
			.run((context) -> assertThat(context).doesNotHaveBean("eventGridSecretsSanitizingFunction"));
	}

}
