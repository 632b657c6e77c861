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

package dev.eventgrid.emulator.identity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The OpenID Connect discovery document of the authority's tenant, in the shape of Entra
 * ID's v2.0 document.
 *
 * @author Event Grid for Spring Boot team
 */
final class OpenIdMetadata {

	private OpenIdMetadata() {
	}

	/**
	 * Describe a tenant.
	 * @param baseUrl the scheme, host and port the request came to
	 * @param tenant the tenant
	 * @return the document
	 */
	static Map<String, Object> of(String baseUrl, String tenant) {
		String root = baseUrl + "/" + tenant;
		Map<String, Object> metadata = new LinkedHashMap<>();
		metadata.put("token_endpoint", root + "/oauth2/v2.0/token");
		metadata.put("token_endpoint_auth_methods_supported", List.of("client_secret_post", "private_key_jwt"));
		metadata.put("jwks_uri", root + "/discovery/v2.0/keys");
		metadata.put("response_types_supported", List.of("token"));
		metadata.put("grant_types_supported", List.of("client_credentials"));
		metadata.put("subject_types_supported", List.of("pairwise"));
		metadata.put("id_token_signing_alg_values_supported", List.of("RS256"));
		metadata.put("issuer", root + "/v2.0");
		metadata.put("request_uri_parameter_supported", false);
		metadata.put("authorization_endpoint", root + "/oauth2/v2.0/authorize");
		metadata.put("cloud_instance_name", "eventgrid-emulator");
		return metadata;
	}

}
