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

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.azure.core.util.BinaryData;
import dev.eventgrid.spring.event.InvalidPayloadException.Problem;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Tests that the Azure SDK for Java reads every sample payload as our reader does: the
 * same events with the same ids, types, subjects, sources, times and data, or, for the
 * official samples that are not valid, that our reader refuses them naming the field.
 *
 * @author Event Grid for Spring Boot team
 */
class AzureSdkPayloadAgreementTests {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	/**
	 * Official samples our reader refuses, with the field it names and whether the Azure
	 * SDK reads them anyway. Samples with a time without offset or a placeholder in
	 * {@code source} are read, as the SDK reads them.
	 */
	private static final Map<String, Refusal> REFUSED = Map.of("communication-email-delivery-report-received-eg.json",
			new Refusal(Problem.MALFORMED_JSON, null, false));

	private final EventGridPayloadReader reader = new EventGridPayloadReader();

	static Stream<String> samples() {
		return Payloads.names().stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("samples")
	void azureSdkReadsEachSampleAsWeDo(String name) {
		String text = Payloads.text(name);
		Refusal refusal = REFUSED.get(name);
		if (refusal != null) {
			assertRefused(text, refusal);
			return;
		}
		EventGridPayload ours = this.reader.read(text);
		if (ours instanceof EventGridPayload.EventGridEvents events) {
			assertSameEventGridEvents(events.events(), com.azure.messaging.eventgrid.EventGridEvent.fromString(text));
		}
		else {
			assertSameCloudEvents(((EventGridPayload.CloudEvents) ours).events(),
					com.azure.core.models.CloudEvent.fromString(text));
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("samples")
	void readsTheBase64OfEachSampleAsItsJson(String name) {
		String text = Payloads.text(name);
		if (REFUSED.containsKey(name)) {
			return;
		}
		EventGridPayload plain = this.reader.read(text);
		EventGridPayload encoded = this.reader.read(Payloads.base64(text));

		assertThat(encoded.base64Encoded()).isTrue();
		assertThat(encoded.events()).isEqualTo(plain.events());
	}

	private void assertRefused(String text, Refusal refusal) {
		InvalidPayloadException ex = catchThrowableOfType(InvalidPayloadException.class, () -> this.reader.read(text));
		assertThat(ex).isNotNull();
		assertThat(ex.getProblem()).isEqualTo(refusal.problem());
		assertThat(ex.getField()).isEqualTo(refusal.field());
		if (refusal.field() != null) {
			assertThat(ex.getMessage()).contains("'" + refusal.field() + "'");
		}
		Throwable sdk = catchThrowable(() -> {
			if (text.contains("\"specversion\"")) {
				com.azure.core.models.CloudEvent.fromString(text);
			}
			else {
				com.azure.messaging.eventgrid.EventGridEvent.fromString(text);
			}
		});
		assertThat(sdk == null).as("the Azure SDK reads it").isEqualTo(refusal.azureSdkReads());
	}

	private static void assertSameEventGridEvents(List<EventGridEvent> ours,
			List<com.azure.messaging.eventgrid.EventGridEvent> theirs) {
		assertThat(ours).hasSameSizeAs(theirs);
		for (int i = 0; i < ours.size(); i++) {
			EventGridEvent our = ours.get(i);
			com.azure.messaging.eventgrid.EventGridEvent their = theirs.get(i);
			assertThat(our.getId()).isEqualTo(their.getId());
			assertThat(our.getEventType()).isEqualTo(their.getEventType());
			assertThat(our.getSubject()).isEqualTo(their.getSubject());
			assertThat(our.getTopic()).isEqualTo(their.getTopic());
			assertThat(our.getDataVersion()).isEqualTo(their.getDataVersion());
			assertThat(our.getEventTime())
				.isEqualTo(their.getEventTime().toInstant().atOffset(our.getEventTime().getOffset()));
			assertThat(json(our.getData())).isEqualTo(json(their.getData()));
		}
	}

	private static void assertSameCloudEvents(List<CloudEvent> ours, List<com.azure.core.models.CloudEvent> theirs) {
		assertThat(ours).hasSameSizeAs(theirs);
		for (int i = 0; i < ours.size(); i++) {
			CloudEvent our = ours.get(i);
			com.azure.core.models.CloudEvent their = theirs.get(i);
			assertThat(our.getId()).isEqualTo(their.getId());
			assertThat(our.getType()).isEqualTo(their.getType());
			assertThat(our.getSource()).isEqualTo(their.getSource());
			assertThat(our.getSubject()).isEqualTo(their.getSubject());
			assertThat(our.getDataContentType()).isEqualTo(their.getDataContentType());
			assertThat(our.getDataSchema()).isEqualTo(their.getDataSchema());
			assertThat(our.getTime()).isNotNull();
			assertThat(our.getTime().toInstant()).isEqualTo(their.getTime().toInstant());
			assertThat(json(our.getData())).isEqualTo(json(their.getData()));
			assertThat(strings(our.getExtensions())).isEqualTo(strings(their.getExtensionAttributes()));
		}
	}

	/**
	 * Return data as a JSON tree without the object members whose value is {@code null}:
	 * the Azure SDK drops those when it writes the data it read, ours keeps the JSON text
	 * as delivered.
	 */
	private static @Nullable JsonNode json(@Nullable Object data) {
		if (data == null) {
			return null;
		}
		String text = (data instanceof BinaryData binary) ? binary.toString() : data.toString();
		return withoutNullMembers(MAPPER.readTree(text));
	}

	private static JsonNode withoutNullMembers(JsonNode node) {
		if (node instanceof ObjectNode object) {
			ObjectNode copy = MAPPER.createObjectNode();
			object.properties()
				.stream()
				.filter((member) -> !member.getValue().isNull())
				.forEach((member) -> copy.set(member.getKey(), withoutNullMembers(member.getValue())));
			return copy;
		}
		if (node instanceof ArrayNode array) {
			ArrayNode copy = MAPPER.createArrayNode();
			array.values().forEach((element) -> copy.add(withoutNullMembers(element)));
			return copy;
		}
		return node;
	}

	private static Map<String, String> strings(@Nullable Map<String, Object> map) {
		Map<String, String> strings = new TreeMap<>();
		if (map != null) {
			map.forEach((key, value) -> strings.put(key, String.valueOf(value)));
		}
		return strings;
	}

	record Refusal(Problem problem, @Nullable String field, boolean azureSdkReads) {

	}

}
