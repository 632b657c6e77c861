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

package dev.eventgrid.emulator.namespace;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The api-versions of the namespace data plane and what each supports: renewing locks and
 * releasing with a delay arrived in {@code 2023-10-01-preview}, left the first GA version
 * {@code 2023-11-01} and came back in {@code 2024-06-01}.
 *
 * @author Event Grid for Spring Boot team
 */
final class ApiVersions {

	static final List<String> SUPPORTED = List.of("2023-06-01-preview", "2023-10-01-preview", "2023-11-01",
			"2024-06-01");

	private static final List<String> WITH_LOCK_RENEWAL = List.of("2023-10-01-preview", "2024-06-01");

	private ApiVersions() {
	}

	static String check(@Nullable String apiVersion) {
		if (apiVersion == null || apiVersion.isEmpty()) {
			throw NamespaceRejection.badRequest("The api-version query parameter (?api-version=) is required for all "
					+ "requests. The supported api-versions are " + String.join(", ", SUPPORTED) + ".");
		}
		if (!SUPPORTED.contains(apiVersion)) {
			throw NamespaceRejection.badRequest("The api-version '" + apiVersion
					+ "' is not supported. The supported api-versions are " + String.join(", ", SUPPORTED) + ".");
		}
		return apiVersion;
	}

	static void requireLockRenewal(String apiVersion, String feature) {
		if (!WITH_LOCK_RENEWAL.contains(apiVersion)) {
			throw NamespaceRejection.badRequest(feature + " is not supported in api-version '" + apiVersion + "'; use "
					+ String.join(" or ", WITH_LOCK_RENEWAL) + ".");
		}
	}

}
