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

package dev.eventgrid.spring.credential;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The forms in which a service or a proxy may repeat a secret it received: as sent,
 * URL-encoded and URL-decoded (where {@code +} becomes a space), so that masking what
 * comes back catches each of them.
 *
 * @author Event Grid for Spring Boot team
 */
final class SecretForms {

	private SecretForms() {
	}

	static Set<String> of(String secret) {
		if (secret.isEmpty()) {
			return Set.of();
		}
		Set<String> forms = new LinkedHashSet<>();
		forms.add(secret);
		forms.add(URLEncoder.encode(secret, StandardCharsets.UTF_8));
		try {
			forms.add(URLDecoder.decode(secret, StandardCharsets.UTF_8));
		}
		catch (IllegalArgumentException ex) {
			// not URL-encoded text: the other forms stand
		}
		forms.remove("");
		return forms;
	}

}
