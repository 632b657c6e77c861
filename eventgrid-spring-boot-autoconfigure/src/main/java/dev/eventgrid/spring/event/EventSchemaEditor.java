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

package dev.eventgrid.spring.event;

import java.beans.PropertyEditorSupport;

import org.springframework.util.StringUtils;

/**
 * Reads an {@link EventSchema} from configuration with
 * {@link EventSchema#fromId(String)}, so that every spelling it accepts binds. Spring
 * finds it by its name, beside the type it converts, wherever properties are bound: in
 * {@code @ConfigurationProperties}, in conditions and with any {@code Binder}, where a
 * converter bean would not be seen.
 *
 * @author Event Grid for Spring Boot team
 */
final class EventSchemaEditor extends PropertyEditorSupport {

	@Override
	public void setAsText(String text) {
		setValue(StringUtils.hasText(text) ? EventSchema.fromId(text) : null);
	}

	@Override
	public String getAsText() {
		return (getValue() instanceof EventSchema schema) ? schema.getId() : "";
	}

}
