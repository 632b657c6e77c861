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

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.eventgrid.emulator.auth.AuthResult;
import dev.eventgrid.emulator.auth.PublishAuthenticator;
import dev.eventgrid.emulator.model.InputSchema;
import dev.eventgrid.emulator.model.ReceivedEvent;
import dev.eventgrid.emulator.publish.EventBatchReader.BodyShape;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * Judges a publish request as the service does, in order: api version, credentials,
 * content type, request size, JSON shape, event sizes and the schema of every event. A
 * request is accepted or rejected whole.
 * <p>
 * Content types are matched on the media type alone. Event Grid event and custom topics
 * take {@code application/json} holding an array. CloudEvents topics take
 * {@code application/cloudevents-batch+json} holding an array, or one structured event as
 * {@code application/cloudevents+json} or {@code application/json}: the service answered
 * an {@code application/json} array on a CloudEvents topic with "Token Expected:
 * StartObject" (Azure/azure-sdk-for-python#15941). Any other media type gets 415, which
 * is what the service answered (Azure/azure-sdk-for-net#10684,
 * arcus-azure/arcus.eventgrid#117).
 *
 * @author Event Grid for Spring Boot team
 */
final class PublishProcessor {

	static final String API_VERSION = "2018-01-01";

	private static final String CLOUD_EVENTS_MEDIA_TYPES = "The Content-Type header is either missing or it doesn't "
			+ "have a valid value. The content type header must either be application/cloudevents+json; "
			+ "charset=utf-8 or application/cloudevents-batch+json; charset=UTF-8.";

	private static final String JSON_MEDIA_TYPE = "The Content-Type header is either missing or it doesn't have a "
			+ "valid value. The content type header must be application/json.";

	private final PublishAuthenticator authenticator;

	private final EventBatchReader reader;

	private final Map<InputSchema, EventValidator> validators = new EnumMap<>(InputSchema.class);

	private final int maxEventSize;

	private final int maxRequestSize;

	PublishProcessor(PublishAuthenticator authenticator, JsonMapper mapper, int maxEventSize, int maxRequestSize) {
		this.authenticator = authenticator;
		this.reader = new EventBatchReader(mapper);
		for (InputSchema schema : InputSchema.values()) {
			this.validators.put(schema, EventValidator.forSchema(schema));
		}
		this.maxEventSize = maxEventSize;
		this.maxRequestSize = maxRequestSize;
	}

	List<ReceivedEvent> process(PublishRequest request) {
		checkApiVersion(request);
		authenticate(request);
		BodyShape shape = bodyShape(request.topic().schema(), request.headers().first("Content-Type"));
		if (request.bodySize() > this.maxRequestSize) {
			throw new PublishRejection(413, "The maximum size (" + this.maxRequestSize
					+ ") has been exceeded. The request body is " + request.bodySize() + " bytes.");
		}
		List<ParsedEvent> events = this.reader.read(request.body(), shape);
		for (ParsedEvent event : events) {
			if (event.size() > this.maxEventSize) {
				throw new PublishRejection(413,
						"The maximum size (" + this.maxEventSize + ") has been exceeded. The event at index "
								+ event.index() + " is " + event.size() + " bytes.");
			}
		}
		EventValidator validator = validator(request.topic().schema());
		List<ReceivedEvent> accepted = new ArrayList<>(events.size());
		for (ParsedEvent event : events) {
			String domainTopic = validator.validate(event, request.topic());
			accepted.add(new ReceivedEvent(request.topic().name(), domainTopic, event.json(), event.node(),
					request.headers(), request.requestId(), request.sequence(), event.index(), request.receivedAt()));
		}
		return accepted;
	}

	private static void checkApiVersion(PublishRequest request) {
		String apiVersion = request.firstQueryValue("api-version");
		if (apiVersion == null || apiVersion.isEmpty()) {
			throw PublishRejection.badRequest("The api-version query parameter (?api-version=) is required for "
					+ "all requests. The supported api-version is '" + API_VERSION + "'.");
		}
		if (!API_VERSION.equals(apiVersion)) {
			throw PublishRejection.badRequest("The api-version '" + apiVersion
					+ "' is not supported for publishing events. The supported api-version is '" + API_VERSION + "'.");
		}
	}

	private void authenticate(PublishRequest request) {
		AuthResult result = this.authenticator.authenticate(request.topic().keys(), request.url(),
				request.headers()::first, request.firstQueryValue("aeg-sas-key"));
		if (result.authenticated()) {
			return;
		}
		if (result.status() == 400) {
			throw PublishRejection.badRequest(String.valueOf(result.reason()));
		}
		throw new PublishRejection(401,
				"The request authorization key is not authorized for "
						+ (request.host() + request.path()).toUpperCase(Locale.ROOT) + ". This is due to the reason: "
						+ result.reason());
	}

	static BodyShape bodyShape(InputSchema schema, @Nullable String contentType) {
		String mediaType = mediaType(contentType);
		if (schema == InputSchema.CLOUD_EVENT_V1_0) {
			switch (mediaType) {
				case "application/cloudevents-batch+json":
					return BodyShape.ARRAY;
				case "application/cloudevents+json":
				case "application/json":
					return BodyShape.OBJECT;
				default:
					throw new PublishRejection(415, CLOUD_EVENTS_MEDIA_TYPES);
			}
		}
		if (!"application/json".equals(mediaType)) {
			throw new PublishRejection(415, JSON_MEDIA_TYPE);
		}
		return BodyShape.ARRAY;
	}

	private static String mediaType(@Nullable String contentType) {
		if (contentType == null) {
			return "";
		}
		int parameters = contentType.indexOf(';');
		String mediaType = (parameters >= 0) ? contentType.substring(0, parameters) : contentType;
		return mediaType.trim().toLowerCase(Locale.ROOT);
	}

	private EventValidator validator(InputSchema schema) {
		EventValidator validator = this.validators.get(schema);
		if (validator == null) {
			throw new IllegalStateException("No validator for schema " + schema);
		}
		return validator;
	}

}
