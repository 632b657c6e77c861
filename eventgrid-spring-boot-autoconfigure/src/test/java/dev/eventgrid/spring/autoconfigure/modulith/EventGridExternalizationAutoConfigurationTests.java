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

package dev.eventgrid.spring.autoconfigure.modulith;

import dev.eventgrid.spring.autoconfigure.EventGridAutoConfiguration;
import dev.eventgrid.spring.core.EventGridOperations;
import dev.eventgrid.spring.core.EventGridTemplate;
import dev.eventgrid.spring.modulith.EventGridEventExternalizer;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.expression.spel.support.StandardEvaluationContext;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.modulith.events.support.DelegatingEventExternalizer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link EventGridExternalizationAutoConfiguration}.
 *
 * @author Event Grid for Spring Boot team
 */
class EventGridExternalizationAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(EventGridAutoConfiguration.class,
				EventGridExternalizationAutoConfiguration.class))
		.withBean(EventExternalizationConfiguration.class,
				() -> EventExternalizationConfiguration.defaults("dev.eventgrid.example").build())
		.withPropertyValues("eventgrid.endpoint=http://localhost:1/api/events", "eventgrid.key=key");

	@Test
	void externalizesThroughTheTemplateWhenModulithIsPresent() {
		this.contextRunner.run((context) -> assertThat(context).hasSingleBean(EventGridEventExternalizer.class)
			.hasSingleBean(EventGridTemplate.class));
	}

	@Test
	void backsOffWithoutSpringModulithsEventsCore() {
		this.contextRunner.withClassLoader(new FilteredClassLoader(DelegatingEventExternalizer.class))
			.run((context) -> assertThat(context).doesNotHaveBean(EventGridEventExternalizer.class));
	}

	@Test
	void backsOffWithoutAnEventExternalizationConfiguration() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(EventGridAutoConfiguration.class,
					EventGridExternalizationAutoConfiguration.class))
			.withPropertyValues("eventgrid.endpoint=http://localhost:1/api/events", "eventgrid.key=key")
			.run((context) -> assertThat(context).doesNotHaveBean(EventGridEventExternalizer.class));
	}

	@Test
	void backsOffWithoutATemplate() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(EventGridAutoConfiguration.class,
					EventGridExternalizationAutoConfiguration.class))
			.withBean(EventExternalizationConfiguration.class, EventExternalizationConfiguration::disabled)
			.run((context) -> assertThat(context).doesNotHaveBean(EventGridEventExternalizer.class));
	}

	@Test
	void backsOffWhenTurnedOff() {
		this.contextRunner.withPropertyValues("eventgrid.externalization.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(EventGridEventExternalizer.class));
	}

	@Test
	void backsOffWhenSpringModulithsExternalizationIsTurnedOff() {
		this.contextRunner.withPropertyValues("spring.modulith.events.externalization.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(EventGridEventExternalizer.class));
	}

	@Test
	void backsOffToTheApplicationsOwnExternalizer() {
		this.contextRunner.withUserConfiguration(CustomExternalizerConfiguration.class)
			.run((context) -> assertThat(context).hasSingleBean(EventGridEventExternalizer.class)
				.hasBean("customExternalizer"));
	}

	@Configuration(proxyBeanMethods = false)
	static class CustomExternalizerConfiguration {

		@Bean
		EventGridEventExternalizer customExternalizer(EventExternalizationConfiguration configuration,
				EventGridOperations operations) {
			return new EventGridEventExternalizer(configuration, operations, "default",
					new StandardEvaluationContext());
		}

	}

}
