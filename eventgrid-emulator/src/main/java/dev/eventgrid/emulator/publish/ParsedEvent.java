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

package dev.eventgrid.emulator.publish;

import tools.jackson.databind.JsonNode;

/**
 * One event of a request body: its position, exact text, size and parsed form.
 *
 * @param index the position of the event in the request, from 0
 * @param json the event's JSON text exactly as it was sent
 * @param size the size of that text in the body, in bytes
 * @param node the parsed event
 * @author Event Grid for Spring Boot team
 */
record ParsedEvent(int index, String json, int size, JsonNode node) {

}
