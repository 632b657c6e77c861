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

import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.ConfigurationPropertyState;
import org.springframework.core.env.Environment;
import org.springframework.util.Assert;

/**
 * Tells whether {@code eventgrid.*} properties are set, for the conditions that decide
 * which beans to define.
 * <p>
 * Why not a {@code Binder}: each binder converts its first value with a fresh set of
 * property editors, which costs milliseconds at every start, and a condition needs no
 * value, only whether there is one.
 *
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
public final class EventGridPropertySources {

	private EventGridPropertySources() {
	}

	/**
	 * Return whether a property, or any property below it, is set in the environment, by
	 * any of its relaxed names (such as {@code EVENTGRID_ENDPOINT} for
	 * {@code eventgrid.endpoint}).
	 * @param environment the environment
	 * @param name the property in its canonical form, such as
	 * {@code eventgrid.publishers}
	 * @return whether it or a descendant is set
	 */
	public static boolean isSet(Environment environment, String name) {
		Assert.notNull(environment, "'environment' must not be null");
		Assert.hasText(name, "'name' must not be empty");
		ConfigurationPropertyName property = ConfigurationPropertyName.of(name);
		for (ConfigurationPropertySource source : ConfigurationPropertySources.get(environment)) {
			if (source.getConfigurationProperty(property) != null
					|| source.containsDescendantOf(property) == ConfigurationPropertyState.PRESENT) {
				return true;
			}
		}
		return false;
	}

}
