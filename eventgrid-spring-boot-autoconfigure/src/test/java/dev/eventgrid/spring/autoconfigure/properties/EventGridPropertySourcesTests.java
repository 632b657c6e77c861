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

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link EventGridPropertySources}.
 *
 * @author Event Grid for Spring Boot team
 */
class EventGridPropertySourcesTests {

	@Test
	void findsAPropertyAndTheDescendantsOfAName() {
		MockEnvironment environment = new MockEnvironment().withProperty("eventgrid.endpoint", "https://t")
			.withProperty("eventgrid.publishers.audit.endpoint", "https://a");
		assertThat(EventGridPropertySources.isSet(environment, "eventgrid.endpoint")).isTrue();
		assertThat(EventGridPropertySources.isSet(environment, "eventgrid.publishers")).isTrue();
		assertThat(EventGridPropertySources.isSet(environment, "eventgrid.receivers")).isFalse();
		assertThat(EventGridPropertySources.isSet(environment, "eventgrid.key")).isFalse();
	}

	@Test
	void findsRelaxedNamesAndEmptyValues() {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources()
			.replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
					new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
							Map.of("EVENTGRID_RECEIVERS_ORDERS_TOPIC", "orders", "EVENTGRID_ENDPOINT", "")));
		environment.getPropertySources()
			.addFirst(new MapPropertySource("yaml", Map.of("eventgrid.publishers[audit].key", "k")));
		assertThat(EventGridPropertySources.isSet(environment, "eventgrid.receivers")).isTrue();
		assertThat(EventGridPropertySources.isSet(environment, "eventgrid.endpoint")).isTrue();
		assertThat(EventGridPropertySources.isSet(environment, "eventgrid.publishers")).isTrue();
		assertThat(EventGridPropertySources.isSet(environment, "eventgrid.webhook")).isFalse();
	}

	@Test
	void rejectsAnEmptyName() {
		assertThatIllegalArgumentException().isThrownBy(() -> EventGridPropertySources.isSet(new MockEnvironment(), ""))
			.withMessageContaining("'name' must not be empty");
	}

}
