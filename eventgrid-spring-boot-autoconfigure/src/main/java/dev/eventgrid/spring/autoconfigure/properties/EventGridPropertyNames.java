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
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.eventgrid.spring.autoconfigure.EventGridListenerProperties;
import dev.eventgrid.spring.autoconfigure.EventGridProperties;
import dev.eventgrid.spring.autoconfigure.webhook.EventGridWebhookProperties;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.BeanUtils;
import org.springframework.boot.context.properties.bind.DataObjectPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName.Form;
import org.springframework.core.ResolvableType;

/**
 * The name of every Event Grid property, read from the properties classes as the binder
 * sees them, against which a name found in the environment is checked and the name it was
 * likely meant to be is found.
 *
 * @author Event Grid for Spring Boot team
 */
final class EventGridPropertyNames {

	/**
	 * An element of a known name that stands for any map key, such as a publisher name.
	 */
	static final String ANY_KEY = "*";

	/**
	 * Names under which other modules keep their own properties: the emulator settings of
	 * {@code eventgrid-spring-boot-test}.
	 */
	private static final List<ConfigurationPropertyName> FOREIGN = List
		.of(ConfigurationPropertyName.of("eventgrid.emulator"));

	/**
	 * Properties that only conditions read, so that no properties class declares them.
	 */
	private static final List<String> CONDITIONS = List.of("eventgrid.webhook.enabled",
			"eventgrid.jms.message-converter.enabled");

	private final List<KnownName> names = new ArrayList<>();

	EventGridPropertyNames() {
		collect("eventgrid", EventGridProperties.class);
		collect("eventgrid.webhook", EventGridWebhookProperties.class);
		collect("eventgrid.listener", EventGridListenerProperties.class);
		CONDITIONS.forEach((name) -> this.names.add(new KnownName(name, false)));
	}

	/**
	 * Return the known names, with {@value #ANY_KEY} for a map key.
	 * @return the names, such as {@code eventgrid.publishers.*.endpoint}
	 */
	List<String> names() {
		return this.names.stream().map(KnownName::name).toList();
	}

	/**
	 * Return whether a name is an Event Grid property.
	 * @param name the name
	 * @return whether some setting has that name
	 */
	boolean isKnown(ConfigurationPropertyName name) {
		return FOREIGN.stream().anyMatch((foreign) -> foreign.isAncestorOf(name))
				|| this.names.stream().anyMatch((known) -> known.matches(name));
	}

	/**
	 * Return the known name that an unknown one was most likely meant to be: the nearest
	 * by edit distance, if it is near enough, else one whose last element is contained in
	 * the unknown one's or contains it.
	 * @param name the unknown name
	 * @return the likely name, or {@code null} if none is near
	 */
	@Nullable String suggest(ConfigurationPropertyName name) {
		String unknown = uniform(name);
		String last = name.getLastElement(Form.UNIFORM);
		int threshold = Math.max(1, Math.min(3, last.length() / 3));
		String nearest = null;
		int nearestDistance = Integer.MAX_VALUE;
		String containing = null;
		for (KnownName known : this.names) {
			String[] candidate = known.instantiate(name);
			if (candidate == null) {
				continue;
			}
			int distance = EditDistance.between(unknown, candidate[0]);
			if (distance < nearestDistance) {
				nearest = candidate[1];
				nearestDistance = distance;
			}
			if (containing == null && known.overlaps(name, last)) {
				containing = candidate[1];
			}
		}
		return (nearestDistance <= threshold) ? nearest : containing;
	}

	private void collect(String prefix, Class<?> type) {
		for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(type)) {
			Method getter = property.getReadMethod();
			if (getter == null || getter.getDeclaringClass() == Object.class) {
				continue;
			}
			String name = prefix + "." + DataObjectPropertyName.toDashedForm(property.getName());
			Class<?> valueType = property.getPropertyType();
			if (Map.class.isAssignableFrom(valueType)) {
				Class<?> values = ResolvableType.forMethodReturnType(getter).asMap().resolveGeneric(1);
				if (values != null && isNested(values)) {
					collect(name + "." + ANY_KEY, values);
				}
				else {
					this.names.add(new KnownName(name + "." + ANY_KEY, false));
				}
			}
			else if (Collection.class.isAssignableFrom(valueType) || valueType.isArray()) {
				this.names.add(new KnownName(name, true));
			}
			else if (isNested(valueType)) {
				collect(name, valueType);
			}
			else if (property.getWriteMethod() != null) {
				this.names.add(new KnownName(name, false));
			}
		}
	}

	private static boolean isNested(Class<?> type) {
		return type.getName().startsWith("dev.eventgrid.") && !type.isEnum() && !type.isInterface();
	}

	private static String uniform(ConfigurationPropertyName name) {
		StringBuilder uniform = new StringBuilder();
		for (int i = 0; i < name.getNumberOfElements(); i++) {
			uniform.append((i > 0) ? "." : "").append(name.getElement(i, Form.UNIFORM));
		}
		return uniform.toString();
	}

	private static String uniform(String element) {
		return element.equals(ANY_KEY) ? element : element.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
	}

	/**
	 * A known name.
	 *
	 * @param name the name, dashed, with {@value #ANY_KEY} for a map key
	 * @param indexed whether it is a list, whose elements may be given by index
	 */
	private record KnownName(String name, boolean indexed) {

		List<String> elements() {
			return Arrays.asList(this.name.split("\\."));
		}

		boolean matches(ConfigurationPropertyName candidate) {
			List<String> elements = elements();
			int size = elements.size();
			int count = candidate.getNumberOfElements();
			if (count != size && !(this.indexed && count == size + 1 && candidate.isNumericIndex(size))) {
				return false;
			}
			for (int i = 0; i < size; i++) {
				String element = uniform(elements.get(i));
				if (!element.equals(ANY_KEY) && !element.equals(candidate.getElement(i, Form.UNIFORM))) {
					return false;
				}
			}
			return true;
		}

		/**
		 * Return this name with the map keys of the given name, uniform and dashed.
		 * @param model the name whose map keys to take
		 * @return the uniform and the dashed name, or {@code null} if the given name is
		 * too short to have this name's keys
		 */
		String @Nullable [] instantiate(ConfigurationPropertyName model) {
			List<String> elements = elements();
			StringBuilder uniform = new StringBuilder();
			StringBuilder dashed = new StringBuilder();
			for (int i = 0; i < elements.size(); i++) {
				String element = elements.get(i);
				if (element.equals(ANY_KEY)) {
					if (i >= model.getNumberOfElements()) {
						return null;
					}
					uniform.append((i > 0) ? "." : "").append(model.getElement(i, Form.UNIFORM));
					dashed.append((i > 0) ? "." : "").append(model.getElement(i, Form.ORIGINAL));
				}
				else {
					uniform.append((i > 0) ? "." : "").append(uniform(element));
					dashed.append((i > 0) ? "." : "").append(element);
				}
			}
			return new String[] { uniform.toString(), dashed.toString() };
		}

		/**
		 * Return whether this name has the same parent as the given one and a last
		 * element that contains, or is contained in, the given one's.
		 * @param candidate the name
		 * @param last the uniform last element of the name
		 * @return whether they overlap
		 */
		boolean overlaps(ConfigurationPropertyName candidate, String last) {
			List<String> elements = elements();
			if (elements.size() != candidate.getNumberOfElements()
					|| !new KnownName(String.join(".", elements.subList(0, elements.size() - 1)), false)
						.matches(candidate.getParent())) {
				return false;
			}
			String own = uniform(elements.get(elements.size() - 1));
			return own.length() >= 3 && last.length() >= 3 && (last.contains(own) || own.contains(last));
		}

	}

}
