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

package dev.eventgrid.spring.autoconfigure;

import dev.eventgrid.spring.listener.EventGridListenerMethodFactory;

/**
 * Callback interface that can be implemented by beans wishing to customize the
 * auto-configured {@link EventGridListenerMethodFactory} of {@code @EventGridListener}
 * methods, for example to add a custom argument resolver. Customizers run in
 * {@link org.springframework.core.annotation.Order order}, after the application's
 * {@code JsonMapper} and {@code Validator} are set.
 *
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
@FunctionalInterface
public interface EventGridListenerMethodFactoryCustomizer {

	/**
	 * Customize the factory.
	 * @param factory the factory
	 */
	void customize(EventGridListenerMethodFactory factory);

}
