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

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The sample payloads of {@code src/test/resources/payloads}, and payloads made for
 * tests.
 *
 * @author Event Grid for Spring Boot team
 */
public final class Payloads {

	private Payloads() {
	}

	public static List<String> names() {
		try {
			Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath:payloads/*.json");
			return Arrays.stream(resources).map(Resource::getFilename).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static byte[] bytes(String name) {
		try {
			return new ClassPathResource("payloads/" + name).getContentAsByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static String text(String name) {
		return new String(bytes(name), StandardCharsets.UTF_8);
	}

	public static byte[] base64(String text) {
		return Base64.getEncoder().encode(text.getBytes(StandardCharsets.UTF_8));
	}

	public static String eventGridEvent(String id) {
		return """
				{"id":"%s","subject":"orders/1","eventType":"Contoso.OrderPlaced","eventTime":"2024-01-02T03:04:05.678Z",\
				"data":{"orderId":42},"dataVersion":"1.0"}"""
			.formatted(id);
	}

	public static String cloudEvent(String id) {
		return """
				{"id":"%s","source":"/orders","type":"Contoso.OrderPlaced","time":"2024-01-02T03:04:05.678Z",\
				"data":{"orderId":42},"specversion":"1.0"}""".formatted(id);
	}

}
