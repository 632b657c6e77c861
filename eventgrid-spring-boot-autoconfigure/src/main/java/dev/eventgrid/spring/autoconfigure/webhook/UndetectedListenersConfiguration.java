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

import dev.eventgrid.spring.autoconfigure.UndetectedListenerCheck;
import dev.eventgrid.spring.listener.EventGridListener;
import dev.eventgrid.spring.listener.EventGridListenerAnnotationBeanPostProcessor;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Without a webhook, a listener method that the bean definitions did not show stops the
 * startup rather than being ignored. Imported by the auto-configuration of each web
 * stack.
 *
 * @author Event Grid for Spring Boot team
 */
@Configuration(proxyBeanMethods = false)
class UndetectedListenersConfiguration {

	@Bean
	static UndetectedListenerCheck eventGridUndetectedListenerCheck() {
		return new UndetectedListenerCheck(EventGridListener.class, EventGridListenerAnnotationBeanPostProcessor.class,
				"set " + OnWebhookCondition.ENABLED + "=true");
	}

}
