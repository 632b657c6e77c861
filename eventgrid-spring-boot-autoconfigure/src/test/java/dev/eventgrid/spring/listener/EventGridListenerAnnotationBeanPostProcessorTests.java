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

package dev.eventgrid.spring.listener;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import dev.eventgrid.spring.event.CloudEvent;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.Bean;

import static org.assertj.core.api.Assertions.assertThat;

class EventGridListenerAnnotationBeanPostProcessorTests {

	private final EventGridListenerRegistry registry = new EventGridListenerRegistry();

	private final EventGridListenerAnnotationBeanPostProcessor postProcessor = new EventGridListenerAnnotationBeanPostProcessor(
			() -> this.registry);

	@Test
	void registersAnAnnotatedMethod() {
		process(new Direct());
		assertThat(this.registry.getEndpoints("/direct")).singleElement()
			.satisfies((endpoint) -> assertThat(endpoint.getId()).isEqualTo("Direct#on"));
	}

	@Test
	void registersAMethodWithAComposedAnnotation() {
		process(new Composed());
		assertThat(this.registry.getEndpoints("/orders")).singleElement()
			.satisfies((endpoint) -> assertThat(endpoint.getId()).isEqualTo("Composed#on"));
	}

	@Test
	void registersAMethodAnnotatedOnItsInterface() {
		process(new FromInterface());
		assertThat(this.registry.getEndpoints("/interface")).singleElement()
			.satisfies((endpoint) -> assertThat(endpoint.getId()).isEqualTo("FromInterface#on"));
	}

	@Test
	void registersAMethodInheritedFromASuperclass() {
		process(new FromSuperclass());
		assertThat(this.registry.getEndpoints("/direct")).singleElement()
			.satisfies((endpoint) -> assertThat(endpoint.getId()).isEqualTo("FromSuperclass#on"));
	}

	@Test
	void registersNothingForBeansWithoutListeners() {
		process(JsonMapper.builder().build());
		process(new OtherAnnotations());
		process("a string");
		assertThat(this.registry.getPaths()).isEmpty();
	}

	private void process(Object bean) {
		this.postProcessor.postProcessAfterInitialization(bean, "bean");
		this.postProcessor.afterSingletonsInstantiated();
	}

	@Retention(RetentionPolicy.RUNTIME)
	@Target(ElementType.METHOD)
	@EventGridListener(path = "/orders")
	@interface OrdersListener {

	}

	static class Direct {

		@EventGridListener(path = "/direct")
		void on(CloudEvent event) {
		}

	}

	static class Composed {

		@OrdersListener
		void on(CloudEvent event) {
		}

	}

	interface Listening {

		@EventGridListener(path = "/interface")
		void on(CloudEvent event);

	}

	static class FromInterface implements Listening {

		@Override
		public void on(CloudEvent event) {
		}

	}

	static class FromSuperclass extends Direct {

	}

	static class OtherAnnotations {

		@Bean
		@Deprecated
		String notAListener() {
			return "";
		}

	}

}
