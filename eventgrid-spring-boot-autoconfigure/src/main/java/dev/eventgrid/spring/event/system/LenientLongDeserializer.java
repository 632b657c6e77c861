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

package dev.eventgrid.spring.event.system;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;

/**
 * Reads a whole number written as a JSON number (integer or floating point) or as a JSON
 * string holding one, as some services and official samples do for Key Vault's
 * {@code NBF}/{@code EXP} and IoT Hub's twin counters. A fraction is dropped.
 *
 * @author Event Grid for Spring Boot team
 */
final class LenientLongDeserializer extends ValueDeserializer<Long> {

	@Override
	public @Nullable Long deserialize(JsonParser parser, DeserializationContext context) {
		JsonToken token = parser.currentToken();
		if (token == JsonToken.VALUE_NUMBER_INT) {
			return parser.getLongValue();
		}
		if (token == JsonToken.VALUE_NUMBER_FLOAT) {
			return toLong(parser, parser.getDecimalValue(), parser.getString());
		}
		if (token == JsonToken.VALUE_STRING) {
			String text = parser.getString().trim();
			if (text.isEmpty()) {
				return null;
			}
			try {
				return toLong(parser, new BigDecimal(text), text);
			}
			catch (NumberFormatException ex) {
				throw InvalidFormatException.from(parser, "'" + text + "' is not a number", text, Long.class);
			}
		}
		return (Long) context.handleUnexpectedToken(Long.class, parser);
	}

	private static Long toLong(JsonParser parser, BigDecimal value, String text) {
		try {
			return value.setScale(0, RoundingMode.DOWN).longValueExact();
		}
		catch (ArithmeticException ex) {
			throw InvalidFormatException.from(parser, "'" + text + "' does not fit a long", text, Long.class);
		}
	}

}
