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

package dev.eventgrid.spring.autoconfigure.webhook;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests of {@link WebhookServerDefaults}.
 *
 * @author Event Grid for Spring Boot team
 */
class WebhookServerDefaultsTests {

	@Test
	void makesTomcatCloseTheConnectionOfARefusedRequestByDefault() {
		assertThat(postProcess(Map.of()).getProperty("server.tomcat.max-swallow-size")).isEqualTo("0");
	}

	@Test
	void leavesASettingOfTheApplicationAlone() {
		assertThat(postProcess(Map.of("server.tomcat.max-swallow-size", "1MB"))
			.getProperty("server.tomcat.max-swallow-size")).isEqualTo("1MB");
	}

	@Test
	void leavesTomcatAloneWhenWebhooksAreOff() {
		assertThat(postProcess(Map.of("eventgrid.webhook.enabled", "false"))
			.containsProperty("server.tomcat.max-swallow-size")).isFalse();
	}

	private static StandardEnvironment postProcess(Map<String, Object> properties) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
		new WebhookServerDefaults().postProcessEnvironment(environment, new SpringApplication());
		return environment;
	}

}
