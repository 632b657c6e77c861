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

package dev.eventgrid.spring.autoconfigure.converter;

import dev.eventgrid.spring.converter.EventGridJmsMessageConverter;
import dev.eventgrid.spring.converter.EventGridMessageConverter;
import dev.eventgrid.spring.core.ReactiveEventGridOperations;
import dev.eventgrid.spring.event.EventGridPayloadReader;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jms.support.converter.MessageConverter;
import org.springframework.jms.support.converter.SimpleMessageConverter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link EventGridMessagingAutoConfiguration} and
 * {@link EventGridJmsAutoConfiguration}.
 *
 * @author Event Grid for Spring Boot team
 */
class EventGridConverterAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner().withConfiguration(
			AutoConfigurations.of(EventGridMessagingAutoConfiguration.class, EventGridJmsAutoConfiguration.class));

	@Test
	void createsTheReaderAndTheMessagingConverterWithoutAnyPublisher() {
		this.contextRunner.run((context) -> assertThat(context).hasSingleBean(EventGridPayloadReader.class)
			.hasSingleBean(EventGridMessageConverter.class)
			.doesNotHaveBean(EventGridJmsMessageConverter.class)
			.doesNotHaveBean(ReactiveEventGridOperations.class));
	}

	@Test
	void backsOffFromUserBeans() {
		EventGridPayloadReader reader = new EventGridPayloadReader(1024, 8);
		EventGridMessageConverter converter = new EventGridMessageConverter();
		this.contextRunner.withBean(EventGridPayloadReader.class, () -> reader)
			.withBean(EventGridMessageConverter.class, () -> converter)
			.run((context) -> {
				assertThat(context.getBean(EventGridPayloadReader.class)).isSameAs(reader);
				assertThat(context.getBean(EventGridMessageConverter.class)).isSameAs(converter);
			});
	}

	@Test
	void backsOffWithoutSpringMessaging() {
		this.contextRunner.withClassLoader(new FilteredClassLoader("org.springframework.messaging"))
			.run((context) -> assertThat(context).doesNotHaveBean(EventGridMessageConverter.class));
	}

	@Test
	void registersTheJmsConverterOnlyWhenAskedTo() {
		this.contextRunner.withPropertyValues("eventgrid.jms.message-converter.enabled=true")
			.run((context) -> assertThat(context).hasSingleBean(EventGridJmsMessageConverter.class)
				.hasSingleBean(EventGridPayloadReader.class));
	}

	@Test
	void leavesAUserJmsConverterInPlace() {
		this.contextRunner.withPropertyValues("eventgrid.jms.message-converter.enabled=true")
			.withBean(MessageConverter.class, SimpleMessageConverter::new)
			.run((context) -> assertThat(context).doesNotHaveBean(EventGridJmsMessageConverter.class));
	}

	@Test
	void backsOffWithoutJms() {
		this.contextRunner.withPropertyValues("eventgrid.jms.message-converter.enabled=true")
			.withClassLoader(new FilteredClassLoader("jakarta.jms"))
			.run((context) -> assertThat(context).doesNotHaveBean(EventGridJmsMessageConverter.class));
	}

}
