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

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.ConfigurationPropertyState;
import org.springframework.boot.context.properties.source.IterableConfigurationPropertySource;
import org.springframework.boot.origin.Origin;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * Warns, before the application context starts, of every {@code eventgrid.*} property
 * that no Event Grid setting has, naming the property it was likely meant to be: a
 * mistyped name would otherwise be ignored, and show only as a missing setting.
 *
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
public class UnknownEventGridPropertiesListener implements ApplicationListener<ApplicationPreparedEvent> {

	private static final Log logger = LogFactory.getLog(UnknownEventGridPropertiesListener.class);

	private static final ConfigurationPropertyName ROOT = ConfigurationPropertyName.of("eventgrid");

	@Override
	public void onApplicationEvent(ApplicationPreparedEvent event) {
		if (logger.isWarnEnabled()) {
			for (String warning : warnings(event.getApplicationContext().getEnvironment())) {
				logger.warn(warning);
			}
		}
	}

	/**
	 * Return a warning for each {@code eventgrid.*} property of the environment that no
	 * Event Grid setting has.
	 * @param environment the environment
	 * @return the warnings, none if every property is known
	 */
	static List<String> warnings(Environment environment) {
		// Loops rather than streams and lambdas: this runs at every startup, where each
		// lambda is a class spun the first time.
		Map<ConfigurationPropertyName, @Nullable Origin> found = new LinkedHashMap<>();
		for (ConfigurationPropertySource source : ConfigurationPropertySources.get(environment)) {
			if (source instanceof IterableConfigurationPropertySource iterable
					&& iterable.containsDescendantOf(ROOT) != ConfigurationPropertyState.ABSENT) {
				for (ConfigurationPropertyName name : iterable) {
					if (ROOT.isAncestorOf(name) && !found.containsKey(name)) {
						found.put(name, origin(source.getConfigurationProperty(name)));
					}
				}
			}
		}
		if (found.isEmpty()) {
			return List.of();
		}
		EventGridPropertyNames known = new EventGridPropertyNames();
		List<String> warnings = new ArrayList<>();
		for (Map.Entry<ConfigurationPropertyName, @Nullable Origin> entry : found.entrySet()) {
			if (!known.isKnown(entry.getKey())) {
				warnings.add(warning(entry.getKey(), entry.getValue(), known.suggest(entry.getKey())));
			}
		}
		return warnings;
	}

	private static @Nullable Origin origin(@Nullable ConfigurationProperty property) {
		return (property != null) ? property.getOrigin() : null;
	}

	private static String warning(ConfigurationPropertyName name, @Nullable Origin origin, @Nullable String likely) {
		String from = (origin != null) ? " (" + origin + ")" : "";
		String advice = (likely != null) ? "; did you mean " + likely + "?"
				: "; it is ignored (see the configuration reference of Event Grid for Spring Boot)";
		return "Unknown Event Grid property " + name + from + advice;
	}

}
