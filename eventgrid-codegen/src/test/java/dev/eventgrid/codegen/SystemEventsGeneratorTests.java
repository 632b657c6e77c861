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

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Tests for {@link SystemEventsGenerator}, on definitions of our own making.
 *
 * @author Event Grid for Spring Boot team
 */
class SystemEventsGeneratorTests {

	private static final String SWAGGER = """
			{ "definitions": {
			  "ContosoWidgetCreatedEventData": {
			    "type": "object",
			    "description": "Schema of the Data property of an EventGridEvent for a Microsoft.Contoso.WidgetCreated event.",
			    "properties": {
			      "NBF": { "type": "integer", "format": "int64" },
			      "createdAt": { "type": "string", "format": "date-time" },
			      "kind": { "$ref": "#/definitions/ContosoWidgetKind" },
			      "part": { "$ref": "#/definitions/ContosoWidgetPart" },
			      "owner": { "$ref": "#/definitions/ContosoOwner", "x-ms-client-name": "ownerDetails" },
			      "labels": { "type": "object", "additionalProperties": { "type": "string" } },
			      "categories": { "type": "array", "items": { "type": "object", "properties": { "name": { "type": "string" } } } }
			    } },
			  "ContosoWidgetDeletedEventData": {
			    "type": "object",
			    "description": "Event data for Microsoft.Contoso.WidgetDeleted event.",
			    "properties": { "owner": { "$ref": "#/definitions/ContosoOwner" } } },
			  "ContosoWidgetKind": { "type": "string", "enum": [ "Round", "Square" ] },
			  "ContosoWidgetPart": { "type": "object", "properties": { "size": { "type": "number" } } },
			  "ContosoOwner": { "type": "object", "properties": { "name": { "type": "string" } } }
			} }
			""";

	@TempDir
	Path directory;

	private Path output;

	@BeforeEach
	void createOutputDirectory() throws IOException {
		this.output = Files.createDirectory(this.directory.resolve("system"));
	}

	@Test
	void writesOneRecordPerEventTypeAndOneForEachSharedObject() throws IOException {
		List<String> written = generate(SWAGGER);

		assertThat(written).containsExactlyInAnyOrder("ContosoOwner.java", "ContosoWidgetCreatedEventData.java",
				"ContosoWidgetDeletedEventData.java", "SystemEventDataTypes.java");
		assertThat(source("SystemEventDataTypes")).contains(
				"map.put(\"Microsoft.Contoso.WidgetCreated\", ContosoWidgetCreatedEventData.class);",
				"map.put(\"Microsoft.Contoso.WidgetDeleted\", ContosoWidgetDeletedEventData.class);");
	}

	@Test
	void nestsAnObjectOnlyOneRecordUsesAndNamesItWithoutTheSharedWords() throws IOException {
		generate(SWAGGER);

		assertThat(source("ContosoWidgetCreatedEventData")).contains("public record Part(")
			.contains("@Nullable Part part")
			.contains("@Nullable ContosoOwner ownerDetails")
			.contains("public record Category(@Nullable String name)")
			.contains("@Nullable List<Category> categories")
			.doesNotContain("record ContosoOwner");
	}

	@Test
	void writesLenientNumbersAndDatesExplicitNamesAndEnumValuesInTheJavadoc() throws IOException {
		generate(SWAGGER);

		assertThat(source("ContosoWidgetCreatedEventData")).contains(
				"@JsonProperty(\"NBF\") @JsonDeserialize(using = LenientLongDeserializer.class) @Nullable Long nbf",
				"@JsonDeserialize(using = LenientOffsetDateTimeDeserializer.class) @Nullable OffsetDateTime createdAt",
				"@JsonProperty(\"owner\") @JsonAlias(\"ownerDetails\")", "@Nullable String kind",
				"@param kind the kind, such as {@code Round} or {@code Square}", "@Nullable Map<String, String> labels",
				"implements SystemEventData",
				"@JsonFormat(with = JsonFormat.Feature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)");
	}

	@Test
	void writesSourcesThatAreAlreadyFormatted() throws IOException {
		generate(SWAGGER);
		String source = source("ContosoWidgetCreatedEventData");

		assertThat(new SourceFormatter().format(source)).isEqualTo(source);
		assertThat(source).startsWith("/*\n * Copyright 2026-present the original author or authors.");
	}

	@Test
	void keepsTheHandWrittenFilesOfTheOutputPackageAndReplacesTheRest() throws IOException {
		Files.writeString(this.output.resolve("SystemEventNames.java"), "// hand-written");
		Files.writeString(this.output.resolve("OldEventData.java"), "// generated before");

		generate(SWAGGER);

		assertThat(this.output.resolve("SystemEventNames.java")).hasContent("// hand-written");
		assertThat(this.output.resolve("OldEventData.java")).doesNotExist();
	}

	@Test
	void refusesAFamilyWhoseDefinitionsNoLongerHaveTheSameFields() throws IOException {
		String swagger = """
				{ "definitions": {
				  "ServiceBusActiveMessagesAvailableWithNoListenersEventData": { "type": "object",
				    "description": "Schema of the Data property of an EventGridEvent for a Microsoft.ServiceBus.ActiveMessagesAvailableWithNoListeners event.",
				    "properties": { "queueName": { "type": "string" } } },
				  "ServiceBusDeadletterMessagesAvailableWithNoListenersEventData": { "type": "object",
				    "description": "Schema of the Data property of an EventGridEvent for a Microsoft.ServiceBus.DeadletterMessagesAvailableWithNoListeners event.",
				    "properties": { "topicName": { "type": "string" } } }
				} }
				""";

		assertThatIllegalStateException().isThrownBy(() -> generate(swagger))
			.withMessageStartingWith("ServiceBusMessagesAvailableEventData: ");
	}

	private List<String> generate(String swagger) throws IOException {
		Path input = Files.writeString(this.directory.resolve("swagger.json"), swagger);
		return SystemEventsGenerator.generate(List.of(input), this.output);
	}

	private String source(String className) throws IOException {
		return Files.readString(this.output.resolve(className + ".java"), StandardCharsets.UTF_8);
	}

}
