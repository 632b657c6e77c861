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

package dev.eventgrid.spring.core;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.azure.core.credential.AzureSasCredential;
import dev.eventgrid.spring.EventGridAuthenticationException;
import dev.eventgrid.spring.EventGridPayloadTooLargeException;
import dev.eventgrid.spring.credential.EventGridCredential;
import dev.eventgrid.spring.event.CloudEvent;
import dev.eventgrid.spring.event.EventGridEvent;
import dev.eventgrid.spring.event.InvalidEventException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import reactor.core.publisher.Mono;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Bad input, row by row: each is refused with its own exception and a message that says
 * what was wrong, and nothing reaches the service unless the row says so.
 *
 * @author Event Grid for Spring Boot team
 */
class EventGridBadInputTests {

	@RegisterExtension
	static final EmulatorFixture fixture = new EmulatorFixture();

	static Stream<Arguments> rows() {
		List<Arguments> rows = new ArrayList<>();
		row(rows, "null event list", () -> ce().send((Iterable<?>) null), IllegalArgumentException.class,
				"'events' must not be null");
		row(rows, "empty event list", () -> ce().send(Collections.emptyList()), IllegalArgumentException.class,
				"'events' must not be empty");
		row(rows, "null event in a list", () -> ce().send(Arrays.asList(cloudEvent(), null)),
				InvalidEventException.class, "Event at index 1: the event is null");
		row(rows, "EventGridEvent map without subject", () -> eg().send(mapWithout("subject")),
				InvalidEventException.class, "Event at index 0: EventGridEvent 'subject' is required");
		row(rows, "EventGridEvent map without data", () -> eg().send(mapWithout("data")), InvalidEventException.class,
				"Event at index 0: Required field 'data' of the EventGridEvent is missing");
		row(rows, "EventGridEvent map with metadataVersion 2",
				() -> eg().send(with(mapWithout(""), "metadataVersion", "2")), InvalidEventException.class,
				"'metadataVersion' must be \"1\" or absent but was '2'");
		row(rows, "EventGridEvent map with a time that is not RFC 3339",
				() -> eg().send(with(mapWithout(""), "eventTime", "01/01/2024")), InvalidEventException.class,
				"'eventTime' must be an RFC 3339 date-time, such as 2017-06-26T18:41:00.9584103Z, but was '01/01/2024'");
		row(rows, "CloudEvent map without source",
				() -> ce().send(Map.of("specversion", "1.0", "id", "1", "type", "t")), InvalidEventException.class,
				"Event at index 0: CloudEvent 'source' is required and must not be blank");
		row(rows, "CloudEvent map with specversion 0.3",
				() -> ce().send(Map.of("specversion", "0.3", "id", "1", "source", "/s", "type", "t")),
				InvalidEventException.class, "'specversion' must be \"1.0\" but was '0.3'");
		row(rows, "extension name with upper case",
				() -> ce().send(CloudEvent.builder().source("/s").type("t").extension("myExt", "x").build()),
				InvalidEventException.class, "extension attribute name 'myExt' is invalid");
		row(rows, "reserved extension name",
				() -> ce().send(CloudEvent.builder().source("/s").type("t").extension("data", "x").build()),
				InvalidEventException.class, "'data' is reserved for a context attribute");
		row(rows, "data Jackson cannot write",
				() -> ce().send(List.of(cloudEvent(),
						CloudEvent.builder().source("/s").type("t").data(new Unwritable()).build())),
				InvalidEventException.class,
				"Event at index 1: cannot be written as JSON by the configured JsonMapper");
		row(rows, "event over the maximum event size",
				() -> ce().send(List.of(cloudEvent(),
						CloudEvent.builder().source("/s").type("t").data("x".repeat(1_100_000)).build())),
				EventGridPayloadTooLargeException.class, "Event at index 1 is 1100");
		row(rows, "EventGridEvent to a CloudEvent publisher", () -> ce().send(eventGridEvent()),
				InvalidEventException.class,
				"publisher 'ce-topic' accepts cloud-event events, but this is a dev.eventgrid.spring.event.EventGridEvent "
						+ "(event-grid-event)");
		row(rows, "CloudEvent to an EventGridEvent publisher", () -> eg().send(cloudEvent()),
				InvalidEventException.class, "publisher 'eg-topic' accepts event-grid-event events, but this is a "
						+ "dev.eventgrid.spring.event.CloudEvent (cloud-event)");
		row(rows, "CloudEvent to a custom publisher", () -> custom().send(cloudEvent()), InvalidEventException.class,
				"publisher 'custom-topic' accepts custom events");
		row(rows, "POJO to a CloudEvent publisher", () -> ce().send(new EventGridTemplateTests.Order("1", 1)),
				InvalidEventException.class, "use convertAndSend(...) to wrap a payload");
		row(rows, "custom event that is not a JSON object", () -> custom().send("just text"),
				InvalidEventException.class, "whose events must be JSON objects");
		row(rows, "unknown publisher name", () -> ce().send("nope", cloudEvent()), IllegalArgumentException.class,
				"No Event Grid publisher named 'nope'; configured publishers are [ce-topic]");
		row(rows, "convertAndSend without a CloudEvent source", () -> ce().convertAndSend("payload"),
				IllegalArgumentException.class, "needs a CloudEvent source: set eventgrid.cloud-event.source");
		row(rows, "blank endpoint", () -> EventGridPublisher.builder(" ").credential(key()).build(),
				IllegalArgumentException.class, "endpoint must not be blank");
		row(rows, "endpoint that is not a URL",
				() -> EventGridPublisher.builder("topic/api/events").credential(key()).build(),
				IllegalArgumentException.class, "is not an absolute https URL");
		row(rows, "plain HTTP endpoint off loopback",
				() -> EventGridPublisher.builder("http://orders.westus2-1.eventgrid.azure.net/api/events")
					.credential(key())
					.build(),
				IllegalArgumentException.class, "uses plain HTTP, over which credentials are only sent to loopback");
		row(rows, "no credential", () -> EventGridPublisher.builder(fixture.emulator.httpsEndpoint("ce-topic")).build(),
				IllegalArgumentException.class, "has no credential");
		row(rows, "access key that is not base64", () -> EventGridCredential.accessKey("not a key!"),
				IllegalArgumentException.class, "access key is not valid base64");
		row(rows, "blank access key", () -> EventGridCredential.accessKey(""), IllegalArgumentException.class,
				"access key must not be blank");
		row(rows, "access key given as a SAS token",
				() -> EventGridCredential.sasToken(fixture.emulator.key("ce-topic")), IllegalArgumentException.class,
				"SAS token is malformed: expected r=<resource>&e=<expiry>&s=<signature>");
		row(rows, "expired SAS token",
				() -> template(fixture.publisher("ce-topic").credential(expiredSas())).send(cloudEvent()),
				EventGridAuthenticationException.class, "SAS token expired at");
		row(rows, "token credential that fails",
				() -> template(fixture.publisher("ce-topic")
					.credential(EventGridCredential.tokenCredential(
							(context) -> Mono.error(new IllegalStateException("no managed identity endpoint")))))
					.send(cloudEvent()),
				EventGridAuthenticationException.class,
				"Could not get an Entra ID token for scope https://eventgrid.azure.net/.default from ");
		row(rows, "channel name on an EventGridEvent publisher",
				() -> fixture.publisher("eg-topic").channelName("c").build(), IllegalArgumentException.class,
				"has a channel name, which only CloudEvents publishers to partner namespaces use");
		row(rows, "zero concurrency", () -> fixture.publisher("ce-topic").concurrency(0).build(),
				IllegalArgumentException.class, "concurrency must be at least 1 but was 0");
		row(rows, "zero attempts", () -> fixture.publisher("ce-topic").maxAttempts(0).build(),
				IllegalArgumentException.class, "'maxAttempts' must be at least 1 but was 0");
		row(rows, "negative timeout", () -> fixture.publisher("ce-topic").timeout(Duration.ofSeconds(-1)).build(),
				IllegalArgumentException.class, "'timeout' must be positive");
		row(rows, "request size of 1 byte",
				() -> fixture.publisher("ce-topic").maxRequestSize(DataSize.ofBytes(1)).build(),
				IllegalArgumentException.class, "maxRequestSize must be more than 2 bytes");
		row(rows, "two publishers with one name",
				() -> new ReactiveEventGridTemplate(
						List.of(fixture.publisher("ce-topic").build(), fixture.publisher("ce-topic").build()), null),
				IllegalArgumentException.class, "Two publishers are named 'ce-topic'");
		return rows.stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("rows")
	void refusesBadInputBeforeSendingAnything(ThrowingCallable call, Class<? extends Throwable> type, String message) {
		assertThatExceptionOfType(type).isThrownBy(call).withMessageContaining(message);
		assertThat(fixture.emulator.requests()).isEmpty();
	}

	private static void row(List<Arguments> rows, String name, ThrowingCallable call, Class<? extends Throwable> type,
			String message) {
		rows.add(Arguments.of(Named.of(name, call), type, message));
	}

	private static EventGridTemplate ce() {
		return template(fixture.publisher("ce-topic"));
	}

	private static EventGridTemplate eg() {
		return template(fixture.publisher("eg-topic"));
	}

	private static EventGridTemplate custom() {
		return template(fixture.publisher("custom-topic"));
	}

	private static EventGridTemplate template(EventGridPublisher.Builder publisher) {
		return new EventGridTemplate(new ReactiveEventGridTemplate(publisher.build()));
	}

	private static EventGridCredential key() {
		return fixture.accessKey("ce-topic");
	}

	private static EventGridCredential expiredSas() {
		String token = dev.eventgrid.spring.credential.EventGridSas.generateSas(
				fixture.emulator.httpsEndpoint("ce-topic"), fixture.emulator.key("ce-topic"),
				OffsetDateTime.now().plusSeconds(1));
		AzureSasCredential credential = new AzureSasCredential(token);
		credential.update(token.replaceAll("&e=[^&]+", "&e=1%2F1%2F2020+1%3A0%3A0+AM"));
		return EventGridCredential.sasToken(credential);
	}

	private static CloudEvent cloudEvent() {
		return CloudEvent.builder().source("/s").type("t").data(1).build();
	}

	private static EventGridEvent eventGridEvent() {
		return EventGridTemplateTests.eventGridEvent("1");
	}

	private static Map<String, Object> mapWithout(String field) {
		Map<String, Object> map = new LinkedHashMap<>(Map.of("id", "1", "subject", "s", "eventType", "t", "eventTime",
				"2024-05-01T10:00:00Z", "dataVersion", "1", "data", 1));
		map.remove(field);
		return map;
	}

	private static Map<String, Object> with(Map<String, Object> map, String field, Object value) {
		map.put(field, value);
		return map;
	}

	/**
	 * A bean whose only property cannot be read. The getter is public because Jackson
	 * detects only public getters; the class is public to match.
	 */
	public static final class Unwritable {

		public String getValue() {
			throw new IllegalStateException("value is not available");
		}

	}

}
