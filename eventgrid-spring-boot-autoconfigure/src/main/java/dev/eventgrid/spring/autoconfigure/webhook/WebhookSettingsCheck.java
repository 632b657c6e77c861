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

package dev.eventgrid.spring.autoconfigure.webhook;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.List;

import dev.eventgrid.spring.autoconfigure.InvalidEventGridConfigurationException;
import org.jspecify.annotations.Nullable;

import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.util.StringUtils;
import org.springframework.util.unit.DataSize;

/**
 * Checks every {@code eventgrid.webhook.*} setting when the application starts, so that a
 * wrong one stops the startup with a failure analysis rather than failing each delivery.
 *
 * @author Event Grid for Spring Boot team
 */
final class WebhookSettingsCheck {

	private static final String PREFIX = "eventgrid.webhook.";

	private static final DataSize LARGEST_REQUEST = DataSize.ofBytes(Integer.MAX_VALUE - 1L);

	private WebhookSettingsCheck() {
	}

	static void check(EventGridWebhookProperties properties) {
		checkPath(properties.getPath());
		checkMaxRequestSize(properties.getMaxRequestSize());
		checkBodyTimeout(properties.getBodyTimeout());
		checkEntries("allowed-origins", properties.getAllowedOrigins(), "eventgrid.azure.net");
		checkEntries("validation-hosts", properties.getValidationHosts(), "*.eventgrid.azure.net");
		if (properties.getValidationHosts().isEmpty()) {
			throw new InvalidEventGridConfigurationException(PREFIX + "validation-hosts",
					"no host is listed, so no manual validation could complete",
					"Set eventgrid.webhook.validation-hosts to *.eventgrid.azure.net (the default), or remove it.");
		}
		checkContentTypes(properties.getAcceptedContentTypes());
		checkSecret(properties.getSecret());
		checkEntries("entra.audiences", properties.getEntra().getAudiences(), "api://my-webhook");
		checkEntries("entra.issuers", properties.getEntra().getIssuers(),
				"https://login.microsoftonline.com/<tenant>/v2.0");
		checkUri("entra.jwk-set-uri", properties.getEntra().getJwkSetUri());
	}

	static void checkPath(String path) {
		if (!StringUtils.hasText(path) || !path.startsWith("/")) {
			throw new InvalidEventGridConfigurationException(PREFIX + "path", "'" + path + "' is not an absolute path",
					"Set eventgrid.webhook.path to /" + (path.isBlank() ? "api/events" : path.strip()) + ".");
		}
	}

	private static void checkMaxRequestSize(@Nullable DataSize size) {
		if (size == null || size.toBytes() <= 0 || size.compareTo(LARGEST_REQUEST) > 0) {
			throw new InvalidEventGridConfigurationException(PREFIX + "max-request-size",
					"'" + size + "' is not a positive size under 2GB",
					"Set eventgrid.webhook.max-request-size to a positive size under 2GB, such as 1088KB (the "
							+ "default, Event Grid's largest delivery and some room), or remove it.");
		}
	}

	private static void checkBodyTimeout(@Nullable Duration timeout) {
		if (timeout == null || timeout.isNegative() || timeout.isZero()) {
			throw new InvalidEventGridConfigurationException(PREFIX + "body-timeout",
					"'" + timeout + "' is not a positive duration",
					"Set eventgrid.webhook.body-timeout to a positive duration such as 30s (the default), or remove "
							+ "it.");
		}
	}

	private static void checkEntries(String property, @Nullable List<String> values, String example) {
		if (values != null && values.stream().anyMatch((value) -> !StringUtils.hasText(value))) {
			throw new InvalidEventGridConfigurationException(PREFIX + property, "it has an empty entry: " + values,
					"Remove the empty entry of eventgrid." + "webhook." + property + ", or write a value such as "
							+ example + ".");
		}
	}

	private static void checkContentTypes(@Nullable List<String> contentTypes) {
		String action = "Set eventgrid.webhook.accepted-content-types to media types such as "
				+ "application/json,application/cloudevents+json,application/cloudevents-batch+json (the default), "
				+ "or * to accept any.";
		if (contentTypes == null || contentTypes.isEmpty()) {
			throw new InvalidEventGridConfigurationException(PREFIX + "accepted-content-types",
					"no content type is accepted, so every delivery would be refused", action);
		}
		for (String contentType : contentTypes) {
			try {
				MediaType.parseMediaType(contentType);
			}
			catch (InvalidMediaTypeException ex) {
				throw new InvalidEventGridConfigurationException(PREFIX + "accepted-content-types",
						"'" + contentType + "' is not a media type: " + ex.getMessage(), action);
			}
		}
	}

	private static void checkSecret(EventGridWebhookProperties.Secret secret) {
		String value = secret.getValue();
		if (value != null && !value.isEmpty() && value.isBlank()) {
			throw new InvalidEventGridConfigurationException(PREFIX + "secret.value", "the secret is only whitespace",
					"Set eventgrid.webhook.secret.value to a long random value, or remove it.");
		}
	}

	private static void checkUri(String property, @Nullable String uri) {
		if (uri == null) {
			return;
		}
		try {
			if (new URI(uri).isAbsolute()) {
				return;
			}
		}
		catch (URISyntaxException ex) {
			// reported below
		}
		throw new InvalidEventGridConfigurationException(PREFIX + property, "'" + uri + "' is not an absolute URI",
				"Set eventgrid.webhook." + property
						+ " to the URI of the key set, such as https://login.microsoftonline.com/<tenant>/discovery/v2.0/keys.");
	}

}
