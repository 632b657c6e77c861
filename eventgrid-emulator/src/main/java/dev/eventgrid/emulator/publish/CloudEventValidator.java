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

import java.util.Base64;
import java.util.Set;
import java.util.regex.Pattern;

import dev.eventgrid.emulator.model.EmulatedTopic;
import org.jspecify.annotations.Nullable;

/**
 * The rules of CloudEvents 1.0 in JSON: {@code id}, {@code source}, {@code type} and
 * {@code specversion} {@code "1.0"} are required; {@code time} is RFC 3339; {@code data}
 * and {@code data_base64} exclude each other; extension attribute names are lower-case
 * letters and digits. On a domain, {@code source} names the domain topic.
 *
 * @author Event Grid for Spring Boot team
 */
final class CloudEventValidator implements EventValidator {

	private static final Set<String> CONTEXT_ATTRIBUTES = Set.of("specversion", "id", "source", "type",
			"datacontenttype", "dataschema", "subject", "time", "data", "data_base64");

	private static final Pattern EXTENSION_NAME = Pattern.compile("[a-z0-9]+");

	@Override
	public @Nullable String validate(ParsedEvent event, EmulatedTopic topic) {
		JsonFields fields = new JsonFields(event);
		fields.required("id");
		String source = fields.required("source");
		fields.required("type");
		String specVersion = fields.required("specversion");
		if (!"1.0".equals(specVersion)) {
			throw fields.reject("property 'specversion' must be \"1.0\", but was '" + specVersion + "'.");
		}
		String time = fields.optional("time");
		if (time != null) {
			fields.requireTimestamp("time", time);
		}
		fields.optional("subject");
		fields.optional("datacontenttype");
		fields.optional("dataschema");
		checkData(fields);
		checkExtensionNames(fields);
		return topic.isDomain() ? DomainTopics.resolve(topic, source, fields, "source") : null;
	}

	private static void checkData(JsonFields fields) {
		boolean hasBase64 = fields.isPresent("data_base64");
		if (hasBase64 && fields.isPresent("data")) {
			throw fields.reject("properties 'data' and 'data_base64' must not both be present.");
		}
		if (hasBase64) {
			String base64 = fields.optional("data_base64");
			try {
				Base64.getDecoder().decode((base64 != null) ? base64 : "");
			}
			catch (IllegalArgumentException ex) {
				throw fields.reject("property 'data_base64' must be Base64 text.");
			}
		}
	}

	private static void checkExtensionNames(JsonFields fields) {
		for (String name : fields.node().propertyNames()) {
			if (!CONTEXT_ATTRIBUTES.contains(name) && !EXTENSION_NAME.matcher(name).matches()) {
				throw fields.reject("attribute name '" + name
						+ "' is invalid; CloudEvents attribute names use only lower-case letters and digits.");
			}
		}
	}

}
