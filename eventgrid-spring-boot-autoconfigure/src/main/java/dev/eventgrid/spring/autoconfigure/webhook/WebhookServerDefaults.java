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

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.ClassUtils;

/**
 * Makes Tomcat close the connection of a refused webhook request instead of reading the
 * rest of its body: by default Tomcat reads up to 2 MB of a body the application did not
 * read, on the request's thread, however slowly the client sends it, so that a few
 * hundred slow clients without credentials hold every thread. Sets
 * {@code server.tomcat.max-swallow-size=0} as a default, which any setting of the
 * application overrides; a body that was read is not affected.
 *
 * @author Event Grid for Spring Boot team
 */
class WebhookServerDefaults implements EnvironmentPostProcessor {

	static final String MAX_SWALLOW_SIZE = "server.tomcat.max-swallow-size";

	private static final String TOMCAT = "org.apache.catalina.startup.Tomcat";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (!environment.getProperty("eventgrid.webhook.enabled", Boolean.class, true)
				|| environment.containsProperty(MAX_SWALLOW_SIZE)
				|| !ClassUtils.isPresent(TOMCAT, application.getClassLoader())) {
			return;
		}
		environment.getPropertySources()
			.addLast(new MapPropertySource("eventgridWebhookServerDefaults", Map.of(MAX_SWALLOW_SIZE, "0")));
	}

}
