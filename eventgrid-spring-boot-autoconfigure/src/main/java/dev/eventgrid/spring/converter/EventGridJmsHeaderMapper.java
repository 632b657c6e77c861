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

package dev.eventgrid.spring.converter;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jms.support.SimpleJmsHeaderMapper;
import org.springframework.messaging.MessageHeaders;

/**
 * A {@link SimpleJmsHeaderMapper} that also exposes Event Grid's delivery properties
 * under their {@code aeg-*} names, however the JMS provider spells them: Service Bus over
 * AMQP keeps {@code aeg-delivery-count}, while brokers and bridges that accept only JMS
 * identifiers carry {@code aeg_delivery_count}. A provider that refuses to read a
 * property whose name is not a JMS identifier (Qpid JMS unless
 * {@code jms.validatePropertyNames=false}) leaves it out.
 *
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
public class EventGridJmsHeaderMapper extends SimpleJmsHeaderMapper {

	private final EventGridHeaderMapper headerMapper = new EventGridHeaderMapper();

	@Override
	public MessageHeaders toHeaders(jakarta.jms.Message jmsMessage) {
		MessageHeaders headers = super.toHeaders(jmsMessage);
		Map<String, Object> all = new LinkedHashMap<>(headers);
		all.putAll(this.headerMapper.deliveryHeaders(headers));
		return new MessageHeaders(all);
	}

}
