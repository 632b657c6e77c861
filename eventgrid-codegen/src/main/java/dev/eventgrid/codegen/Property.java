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
 * A property of a definition as a record component.
 *
 * @param wireName the name the service writes
 * @param javaName the name of the record component
 * @param aliases other names the service or older definitions use
 * @param type the Java type
 * @author Event Grid for Spring Boot team
 */
record Property(String wireName, String javaName, List<String> aliases, TypeRef type) {

}
