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

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Sends requests to the webhook of an application under test over real HTTP, the way
 * Event Grid does.
 *
 * @author Event Grid for Spring Boot team
 */
final class WebhookClient {

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String baseUrl;

	WebhookClient(int port) {
		this.baseUrl = "http://localhost:" + port;
	}

	String url(String pathAndQuery) {
		return this.baseUrl + pathAndQuery;
	}

	HttpResponse<String> post(String pathAndQuery, String json, String... headers) {
		return send(request(pathAndQuery, headers).POST(HttpRequest.BodyPublishers.ofString(json)));
	}

	HttpResponse<String> post(String pathAndQuery, HttpRequest.BodyPublisher body, String... headers) {
		return send(request(pathAndQuery, headers).POST(body));
	}

	HttpResponse<String> options(String pathAndQuery, String... headers) {
		return send(request(pathAndQuery, headers).method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
	}

	HttpResponse<String> get(String pathAndQuery) {
		return send(request(pathAndQuery).GET());
	}

	private HttpRequest.Builder request(String pathAndQuery, String... headers) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url(pathAndQuery)))
			.timeout(Duration.ofSeconds(10))
			.header("Content-Type", "application/json; charset=utf-8");
		for (int i = 0; i < headers.length; i += 2) {
			builder.setHeader(headers[i], headers[i + 1]);
		}
		return builder;
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return this.client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	static String validationEvent(String code) {
		return "[{\"id\":\"2d1781af-3a4c-4d7c-bd0c-e34b19da4e66\",\"topic\":\"/subscriptions/x/resourceGroups/rg/"
				+ "providers/Microsoft.EventGrid/topics/orders\",\"subject\":\"\",\"data\":{\"validationCode\":\""
				+ code + "\",\"validationUrl\":\"https://rp-eastus2.eventgrid.azure.net:553/eventsubscriptions/"
				+ "hook/validate?id=" + code + "&t=2024-05-01T10:00:00Z&apiVersion=2018-05-01-preview&token=abc\"},"
				+ "\"eventType\":\"Microsoft.EventGrid.SubscriptionValidationEvent\",\"eventTime\":"
				+ "\"2024-05-01T10:00:00Z\",\"metadataVersion\":\"1\",\"dataVersion\":\"1\"}]";
	}

	static String orderPlaced(String id, String orderId) {
		return "[{\"id\":\"" + id + "\",\"subject\":\"/orders/" + orderId + "\",\"eventType\":\"Shop.OrderPlaced\","
				+ "\"eventTime\":\"2024-05-01T10:00:00Z\",\"dataVersion\":\"1.0\",\"data\":{\"orderId\":\"" + orderId
				+ "\",\"quantity\":2}}]";
	}

}
