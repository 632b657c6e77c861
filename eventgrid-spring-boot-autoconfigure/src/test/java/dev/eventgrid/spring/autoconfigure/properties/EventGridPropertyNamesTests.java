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

import java.beans.PropertyDescriptor;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

import dev.eventgrid.spring.autoconfigure.EventGridPublisherProperties;
import dev.eventgrid.spring.autoconfigure.namespace.EventGridReceiverProperties;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.BeanUtils;
import org.springframework.boot.context.properties.bind.DataObjectPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that {@link EventGridPropertyNames} knows exactly the properties of the
 * configuration metadata and of a publisher, so that a property added to a properties
 * class, or to the additional metadata for a condition, is never reported as unknown.
 *
 * @author Event Grid for Spring Boot team
 */
class EventGridPropertyNamesTests {

	private final EventGridPropertyNames names = new EventGridPropertyNames();

	@Test
	void knowsEveryPropertyOfTheMetadata() throws IOException {
		assertThat(metadataNames()).isNotEmpty()
			.allSatisfy((name) -> assertThat(this.names.isKnown(ConfigurationPropertyName.of(name))).as(name).isTrue());
	}

	@Test
	void knowsThePropertiesOfAPublisher() {
		List<String> properties = new ArrayList<>();
		collect("", EventGridPublisherProperties.class, properties);

		assertThat(EventGridPropertyNames.PUBLISHER).containsExactlyInAnyOrderElementsOf(properties);
	}

	@Test
	void knowsThePropertiesOfAReceiver() {
		List<String> properties = new ArrayList<>();
		collect("", EventGridReceiverProperties.class, properties);

		assertThat(EventGridPropertyNames.RECEIVER).containsExactlyInAnyOrderElementsOf(properties);
		assertThat(this.names.isKnown(ConfigurationPropertyName.of("eventgrid.receivers.orders.subscription")))
			.isTrue();
		assertThat(this.names.suggest(ConfigurationPropertyName.of("eventgrid.receivers.orders.subscriptoin")))
			.isEqualTo("eventgrid.receivers.orders.subscription");
	}

	@Test
	void knowsNoPropertyTheMetadataLacks() throws IOException {
		List<String> known = new ArrayList<>(EventGridPropertyNames.PUBLISHER);
		EventGridPropertyNames.OTHERS.forEach((name) -> known.add(name.replace("[]", "")));

		assertThat(known).extracting((name) -> "eventgrid." + name)
			.containsExactlyInAnyOrderElementsOf(metadataNames());
	}

	/**
	 * Collect the names of the properties of a class as the binder sees them: JavaBean
	 * properties with a setter, and the nested groups of getters without one.
	 */
	private static void collect(String prefix, Class<?> type, List<String> names) {
		for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(type)) {
			Method getter = property.getReadMethod();
			if (getter == null || getter.getDeclaringClass() == Object.class) {
				continue;
			}
			String name = prefix + DataObjectPropertyName.toDashedForm(property.getName());
			if (property.getPropertyType().getName().startsWith("dev.eventgrid.")
					&& !property.getPropertyType().isEnum()) {
				collect(name + ".", property.getPropertyType(), names);
			}
			else if (property.getWriteMethod() != null) {
				names.add(name);
			}
		}
	}

	private static List<String> metadataNames() throws IOException {
		List<String> names = new ArrayList<>();
		try (InputStream in = new ClassPathResource("META-INF/spring-configuration-metadata.json",
				EventGridPropertyNames.class.getClassLoader())
			.getInputStream()) {
			for (JsonNode property : JsonMapper.builder().build().readTree(in).path("properties")) {
				String name = property.path("name").asString();
				// A map of publishers: its entries' names are checked against the others.
				if (name.startsWith("eventgrid.") && !property.path("type").asString().startsWith("java.util.Map")) {
					names.add(name);
				}
			}
		}
		return names;
	}

}
