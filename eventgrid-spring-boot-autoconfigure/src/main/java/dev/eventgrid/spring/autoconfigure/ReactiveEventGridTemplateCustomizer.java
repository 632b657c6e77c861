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

import dev.eventgrid.spring.core.ReactiveEventGridTemplate;

/**
 * Callback interface that can be implemented by beans wishing to customize the
 * auto-configured {@link ReactiveEventGridTemplate}, which the blocking template sends
 * through. Customizers run in {@link org.springframework.core.annotation.Order order},
 * after the properties are applied.
 *
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
@FunctionalInterface
public interface ReactiveEventGridTemplateCustomizer {

	/**
	 * Customize the template.
	 * @param template the template
	 */
	void customize(ReactiveEventGridTemplate template);

}
