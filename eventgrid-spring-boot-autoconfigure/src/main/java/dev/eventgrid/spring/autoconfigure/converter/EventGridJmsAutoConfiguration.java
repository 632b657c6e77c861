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
import dev.eventgrid.spring.event.EventGridPayloadReader;
import jakarta.jms.Message;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jms.support.converter.MessageConverter;
import org.springframework.jms.support.converter.SimpleMessageConverter;

/**
 * {@link EnableAutoConfiguration Auto-configuration} for reading events delivered to
 * Service Bus over JMS. Opt-in with {@code eventgrid.jms.message-converter.enabled=true}:
 * Spring Boot gives a unique JMS {@link MessageConverter} bean to every JmsTemplate and
 * listener, so this one converts Event Grid payloads to events and any other message as
 * {@link SimpleMessageConverter} does.
 *
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
@AutoConfiguration(beforeName = "org.springframework.boot.jms.autoconfigure.JmsAutoConfiguration",
		afterName = "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration")
@ConditionalOnClass({ Message.class, MessageConverter.class })
@ConditionalOnBooleanProperty("eventgrid.jms.message-converter.enabled")
@Import(EventGridPayloadReaderConfiguration.class)
public final class EventGridJmsAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(MessageConverter.class)
	EventGridJmsMessageConverter eventGridJmsMessageConverter(EventGridPayloadReader eventGridPayloadReader,
			ObjectProvider<JsonMapper> jsonMapper) {
		return new EventGridJmsMessageConverter(eventGridPayloadReader,
				jsonMapper.getIfUnique(() -> JsonMapper.builder().build()), new SimpleMessageConverter());
	}

}
