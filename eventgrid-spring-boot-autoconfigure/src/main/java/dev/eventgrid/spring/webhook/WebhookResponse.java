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

package dev.eventgrid.spring.webhook;

import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * What a webhook answers, whichever web stack writes it.
 *
 * @param status the status code
 * @param headers the headers
 * @param body the body, or {@code null} for none
 * @author Event Grid for Spring Boot team
 */
record WebhookResponse(int status, HttpHeaders headers, byte @Nullable [] body) {

	static WebhookResponse status(int status) {
		return new WebhookResponse(status, new HttpHeaders(), null);
	}

	static WebhookResponse text(int status, String message) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8));
		return new WebhookResponse(status, headers, message.getBytes(StandardCharsets.UTF_8));
	}

	static WebhookResponse json(byte[] body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return new WebhookResponse(200, headers, body);
	}

	/**
	 * Return whether the connection is closed after this answer: a refused request may
	 * still be sending a body nobody will read.
	 * @return whether it is
	 */
	boolean closesConnection() {
		return this.status == 400 || this.status == 401 || this.status == 403 || this.status == 405
				|| this.status == 408 || this.status == 413 || this.status == 415;
	}

	WebhookResponse header(String name, String value) {
		this.headers.set(name, value);
		return this;
	}

}
