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

package dev.eventgrid.codegen;

import java.util.List;

/**
 * The Java type of a property of a system event definition.
 *
 * @author Event Grid for Spring Boot team
 */
sealed interface TypeRef {

	/**
	 * A value with a fixed Java type, such as {@code String} or {@code Long}.
	 *
	 * @param javaType the simple name of the Java type
	 * @param importName the class to import, or an empty string for {@code java.lang}
	 * @param enumValues the values the definitions list, if the service may send others
	 * too
	 */
	record Scalar(String javaType, String importName, List<String> enumValues) implements TypeRef {

	}

	/**
	 * A JSON array.
	 *
	 * @param element the type of the elements
	 */
	record ListOf(TypeRef element) implements TypeRef {

	}

	/**
	 * A JSON object whose members all have one type.
	 *
	 * @param value the type of the values
	 */
	record MapOf(TypeRef value) implements TypeRef {

	}

	/**
	 * A JSON object with named properties: a record of its own.
	 *
	 * @param key the definition name, or {@code Definition#property} for an object
	 * defined in place
	 */
	record ObjectRef(String key) implements TypeRef {

	}

}
