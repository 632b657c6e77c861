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

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.function.Consumer;
import java.util.stream.Stream;

import dev.eventgrid.spring.event.InvalidPayloadException.Problem;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Tests that {@link EventGridPayloadReader} refuses malformed payloads whole, each with
 * its own problem and a message that says what was wrong and where.
 *
 * @author Event Grid for Spring Boot team
 */
class MalformedPayloadTests {

	private static final String EG = Payloads.eventGridEvent("e1");

	private static final String CE = Payloads.cloudEvent("c1");

	private static final EventGridPayloadReader READER = new EventGridPayloadReader();

	private static final EventGridPayloadReader SMALL_READER = new EventGridPayloadReader(1024, 8);

	@ParameterizedTest(name = "{0}")
	@MethodSource("rows")
	void refusesWithTheProblemAndAMessageThatSaysWhatWasWrong(Row row) {
		InvalidPayloadException ex = catchThrowableOfType(InvalidPayloadException.class,
				() -> row.read().accept(READER));

		assertThat(ex).as(row.description()).isNotNull();
		assertThat(ex.getProblem()).isEqualTo(row.problem());
		assertThat(ex.getMessage()).startsWith(row.messageStart());
		assertThat(ex.getMessage()).contains(row.messageContains());
		assertThat(ex.getField()).isEqualTo(row.field());
		assertThat(ex.getIndex()).isEqualTo(row.index());
	}

	@Test
	void refusesToReadTheCustomSchema() {
		assertThatIllegalArgumentException().isThrownBy(() -> READER.read(EG, EventSchema.CUSTOM))
			.withMessage("Custom schema payloads are the application's own JSON; read them with a JSON mapper");
	}

	static Stream<Row> rows() {
		return Stream
			.of(Stream.of(emptyRows()), Stream.of(encodingRows()), Stream.of(jsonRows()), Stream.of(schemaRows()),
					Stream.of(eventRows()), Stream.of(limitRows()))
			.flatMap((rows) -> rows);
	}

	private static Row[] emptyRows() {
		return new Row[] {
				new Row("empty bytes", (reader) -> reader.read(new byte[0]), Problem.EMPTY,
						"Payload is empty; expected an Event Grid event as JSON or as base64 of JSON", "", null, -1),
				new Row("empty text", (reader) -> reader.read(""), Problem.EMPTY, "Payload is empty", "", null, -1),
				new Row("whitespace", (reader) -> reader.read(" \r\n\t "), Problem.EMPTY,
						"Payload holds only whitespace; expected an Event Grid event", "", null, -1),
				new Row("base64 of whitespace", (reader) -> reader.read(Payloads.base64("  ")), Problem.EMPTY,
						"Payload is base64 of empty text", "", null, -1) };
	}

	private static Row[] encodingRows() {
		byte[] notUtf8 = { '{', (byte) 0xC3, '(', '}' };
		byte[] binary = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16 };
		return new Row[] {
				new Row("bytes that are not UTF-8", (reader) -> reader.read(notUtf8), Problem.NOT_TEXT,
						"Payload is not UTF-8 text: byte 0xC3 at offset 1 is not valid UTF-8", "", null, -1),
				new Row("base64 of binary garbage", (reader) -> reader.read(Base64.getEncoder().encode(binary)),
						Problem.NOT_TEXT, "Base64 payload does not decode to UTF-8 text: byte 0xFF at offset 0", "",
						null, -1),
				new Row("base64 of text that is not JSON", (reader) -> reader.read(Payloads.base64("hello world")),
						Problem.NOT_JSON,
						"Payload is base64, but what it encodes is not JSON: it starts with 'h' "
								+ "where '{' or '[' was expected",
						"", null, -1),
				new Row("neither JSON nor base64", (reader) -> reader.read("<event id='1'/>"), Problem.NOT_JSON,
						"Payload is neither JSON nor base64: it does not start with '{' or '[', and character '<' at "
								+ "offset 0 is not in the base64 alphabet",
						"", null, -1),
				new Row("base64 of the wrong length", (reader) -> reader.read("eyJpZCI6" + "1"),
						Problem.MALFORMED_BASE64,
						"Payload is not JSON (it does not start with '{' or '['), and not valid base64 either: ", "",
						null, -1),
				new Row("base64 of truncated JSON", (reader) -> reader.read(Payloads.base64(EG.substring(0, 40))),
						Problem.MALFORMED_JSON, "Payload is not well-formed JSON: Unexpected end-of-input",
						"(at line 1", null, -1) };
	}

	private static Row[] jsonRows() {
		return new Row[] {
				new Row("truncated object", (reader) -> reader.read(EG.substring(0, EG.length() - 1)),
						Problem.MALFORMED_JSON, "Payload is not well-formed JSON: Unexpected end-of-input",
						"(at line 1", null, -1),
				new Row("truncated array", (reader) -> reader.read("[" + EG + ","), Problem.MALFORMED_JSON,
						"Event at index 1: Payload is not well-formed JSON: Unexpected end-of-input", "", null, 1),
				new Row("trailing comma", (reader) -> reader.read(EG.replace("42}", "42,}")), Problem.MALFORMED_JSON,
						"Payload is not well-formed JSON: Unexpected character ('}'", "(at line 1, column", null, -1),
				new Row("second value after the first", (reader) -> reader.read(EG + " " + EG), Problem.MALFORMED_JSON,
						"Payload has content after its JSON value, at line 1", "expected one event object or one array",
						null, -1),
				new Row("JSON number", (reader) -> reader.read("42"), Problem.NOT_AN_EVENT,
						"Payload is a JSON number, not an event; expected one event object or an array of event objects",
						"", null, -1),
				new Row("JSON string", (reader) -> reader.read("\"Microsoft.Storage.BlobCreated\""),
						Problem.NOT_AN_EVENT, "Payload is a JSON string, not an event", "", null, -1),
				new Row("JSON null", (reader) -> reader.read("null"), Problem.NOT_AN_EVENT,
						"Payload is JSON null, " + "not an event", "", null, -1),
				new Row("base64 of a JSON number", (reader) -> reader.read(Payloads.base64("12345")),
						Problem.NOT_AN_EVENT, "Payload is a JSON number, not an event", "", null, -1),
				new Row("empty array", (reader) -> reader.read("[]"), Problem.NOT_AN_EVENT,
						"Payload is an empty array; it holds no event", "", null, -1),
				new Row("array holding a number", (reader) -> reader.read("[" + EG + ",7]"), Problem.NOT_AN_EVENT,
						"Event at index 1: Expected an event object but found a JSON number", "", null, 1),
				new Row("array holding an array", (reader) -> reader.read("[[" + EG + "]]"), Problem.NOT_AN_EVENT,
						"Event at index 0: Expected an event object but found an array", "", null, 0) };
	}

	private static Row[] schemaRows() {
		return new Row[] {
				new Row("neither schema", (reader) -> reader.read("{\"orderId\":42,\"total\":9.5}"),
						Problem.UNKNOWN_SCHEMA,
						"Event is neither an EventGridEvent (it has no 'eventType') nor a "
								+ "CloudEvent (it has no 'specversion'); its members are 'orderId', 'total'",
						"", null, -1),
				new Row("CloudEvents read as EventGridEvents", (reader) -> reader.readEventGridEvents(CE),
						Problem.WRONG_SCHEMA,
						"Event is a CloudEvent (it has 'specversion'), not an EventGridEvent as asked for", "", null,
						-1),
				new Row("EventGridEvents read as CloudEvents", (reader) -> reader.readCloudEvents("[" + EG + "]"),
						Problem.WRONG_SCHEMA,
						"Event at index 0: Event is an EventGridEvent (it has 'eventType'), not a CloudEvent as asked for",
						"", null, 0),
				new Row("both schemas in one array", (reader) -> reader.read("[" + EG + "," + CE + "]"),
						Problem.MIXED_SCHEMAS,
						"Event at index 1: Event is a CloudEvent (it has 'specversion') but the "
								+ "event at index 0 is an EventGridEvent; a payload holds events of one schema",
						"", null, 1) };
	}

	private static Row[] eventRows() {
		String noId = EG.replace("\"id\":\"e1\",", "");
		return new Row[] {
				new Row("missing id at an index", (reader) -> reader.read("[" + EG + "," + EG + "," + noId + "]"),
						Problem.INVALID_EVENT, "Event at index 2: Required field 'id' of the EventGridEvent is missing",
						"", "id", 2),
				new Row("missing eventTime", (reader) -> reader.read(EG.replace("\"eventTime\"", "\"time\"")),
						Problem.INVALID_EVENT, "Required field 'eventTime' of the EventGridEvent is missing", "",
						"eventTime", -1),
				new Row("missing data", (reader) -> reader.read(EG.replace("\"data\":{\"orderId\":42},", "")),
						Problem.INVALID_EVENT, "Required field 'data' of the EventGridEvent is missing", "", "data",
						-1),
				new Row("invalid time", (reader) -> reader.read(EG.replace("2024-01-02T03:04:05.678Z", "yesterday")),
						Problem.INVALID_EVENT, "'eventTime' must be an RFC 3339 date-time", "but was 'yesterday'",
						"eventTime", -1),
				new Row("id that is an object", (reader) -> reader.read(EG.replace("\"e1\"", "{\"n\":17}")),
						Problem.INVALID_EVENT, "'id' must be a JSON string but was an object", "", "id", -1),
				new Row("bad data_base64",
						(reader) -> reader
							.read(CE.replace("\"data\":{\"orderId\":42}", "\"data_base64\":\"%%not base64%%\"")),
						Problem.INVALID_EVENT, "'data_base64' is not valid base64", "", "data_base64", -1),
				new Row("both data and data_base64",
						(reader) -> reader.read(CE.replace("\"data\":{", "\"data_base64\":\"AQ==\",\"data\":{")),
						Problem.INVALID_EVENT, "CloudEvent 'data' and 'data_base64' are mutually exclusive", "", "data",
						-1),
				new Row("unsupported specversion", (reader) -> reader.read(CE.replace("\"1.0\"", "\"0.3\"")),
						Problem.INVALID_EVENT, "CloudEvent 'specversion' must be \"1.0\" but was '0.3'", "",
						"specversion", -1) };
	}

	private static Row[] limitRows() {
		String big = EG.replace("{\"orderId\":42}", "\"" + "x".repeat(1100) + "\"");
		String deep = EG.replace("{\"orderId\":42}", "[".repeat(70) + "]".repeat(70));
		return new Row[] {
				new Row("JSON over the size limit", (reader) -> SMALL_READER.read(big.getBytes(StandardCharsets.UTF_8)),
						Problem.TOO_LARGE, "Payload is " + big.length() + " bytes, over the limit of 1024 bytes", "",
						null, -1),
				new Row("base64 over the size limit", (reader) -> SMALL_READER.read(Payloads.base64(big)),
						Problem.TOO_LARGE,
						"Payload is " + Payloads.base64(big).length + " bytes, over the limit of 1024 "
								+ "bytes of JSON (1370 as base64)",
						"", null, -1),
				new Row("huge payload over the default limit", (reader) -> reader.read(new byte[3 * 1024 * 1024]),
						Problem.TOO_LARGE, "Payload is 3145728 bytes, over the limit of 2097152 bytes of JSON", "",
						null, -1),
				new Row("nested deeper than the limit", (reader) -> reader.read("[" + EG + "," + deep + "]"),
						Problem.TOO_DEEPLY_NESTED,
						"Event at index 1: Payload JSON is nested deeper than the limit of 64 levels", "", null, 1),
				new Row("nested deeper than a small limit",
						(reader) -> SMALL_READER.read(EG.replace("42", "[[[[[[[1]]]]]]]")), Problem.TOO_DEEPLY_NESTED,
						"Payload JSON is nested deeper than the limit of 8 levels", "", null, -1) };
	}

	record Row(String description, Consumer<EventGridPayloadReader> read, Problem problem, String messageStart,
			String messageContains, @Nullable String field, int index) {

		@Override
		public String toString() {
			return this.description;
		}

	}

}
