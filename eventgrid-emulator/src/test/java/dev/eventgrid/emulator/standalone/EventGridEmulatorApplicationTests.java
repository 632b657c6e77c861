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

package dev.eventgrid.emulator.standalone;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpServer;
import dev.eventgrid.emulator.EventGridEmulator;
import dev.eventgrid.emulator.EventGridEmulatorBuilder;
import dev.eventgrid.emulator.delivery.EmulatedSubscription;
import dev.eventgrid.emulator.delivery.SubscriptionState;
import dev.eventgrid.emulator.model.EmulatedTopic;
import dev.eventgrid.emulator.model.InputSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The standalone emulator starts from a YAML file or from its default configuration and
 * prints how to reach it.
 *
 * @author Event Grid for Spring Boot team
 */
class EventGridEmulatorApplicationTests {

	private static final String KEY = "b3JkZXJzLXByaW1hcnkta2V5LWZvci10aGUtZW11bGF0b3I=";

	@Test
	void startsFromAYamlFileAndPrintsEndpointsAndKeys(@TempDir Path directory) throws Exception {
		Path certificate = directory.resolve("emulator.pem");
		Path config = directory.resolve("emulator.yaml");
		Files.writeString(config,
				String.join("\n", "https-port: 0", "http-port: 0", "max-event-size: 2048",
						"certificate-file: " + certificate, "topics:", "  - name: orders", "    schema: cloud-event",
						"    keys: [\"" + KEY + "\", \"c2Vjb25kLWtleQ==\"]", "domains:", "  - name: shop", ""));
		ByteArrayOutputStream output = new ByteArrayOutputStream();
		try (EventGridEmulator emulator = EventGridEmulatorApplication.start(new String[] { config.toString() },
				new PrintStream(output, true, StandardCharsets.UTF_8))) {
			String banner = output.toString(StandardCharsets.UTF_8);
			assertThat(banner).contains(emulator.httpsEndpoint("orders"), emulator.httpEndpoint("orders"),
					emulator.httpsEndpoint("shop"), KEY, emulator.key("shop"), emulator.resourceId("orders"),
					"(CloudEventSchemaV1_0)", "(EventGridSchema)", certificate.toString());
			assertThat(emulator.topic("shop").kind()).isEqualTo(EmulatedTopic.Kind.DOMAIN);
			assertThat(Files.readString(certificate)).isEqualTo(emulator.certificatePem());
			HttpRequest request = HttpRequest
				.newBuilder(URI.create(emulator.httpEndpoint("orders") + "?api-version=2018-01-01"))
				.header("Content-Type", "application/cloudevents+json")
				.header("aeg-sas-key", KEY)
				.POST(HttpRequest.BodyPublishers
					.ofString("{\"id\":\"1\",\"source\":\"/s\",\"type\":\"t\",\"specversion\":\"1.0\"}"))
				.build();
			assertThat(HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).statusCode())
				.isEqualTo(200);
		}
	}

	@Test
	void createsTheSubscriptionsOfTheYamlFile(@TempDir Path directory) throws Exception {
		List<String> delivered = new CopyOnWriteArrayList<>();
		HttpServer webhook = validatingWebhook(delivered);
		Path config = directory.resolve("emulator.yaml");
		Files.writeString(config,
				String.join("\n", "https-port: 0", "http-port: 0", "delivery-time-scale: 1000", "topics:",
						"  - name: orders", "    keys: [\"" + KEY + "\", \"c2Vjb25kLWtleQ==\"]", "    subscriptions:",
						"      - name: orders-hook",
						"        endpoint: http://127.0.0.1:" + webhook.getAddress().getPort()
								+ "/api/events?code=secret",
						"        included-event-types: [Order.Created]", "        max-delivery-attempts: 5",
						"        event-time-to-live-in-minutes: 60", "      - name: orders-queue",
						"        type: storage-queue", "        encoding: text",
						"        subject-begins-with: /orders/", "domains:", "  - name: shop", "    subscriptions:",
						"      - name: north-bus", "        type: service-bus-queue", "        domain-topic: north",
						"        delivery-schema: cloud-event", ""));
		ByteArrayOutputStream output = new ByteArrayOutputStream();
		try (EventGridEmulator emulator = EventGridEmulatorApplication.start(new String[] { config.toString() },
				new PrintStream(output, true, StandardCharsets.UTF_8))) {
			assertThat(emulator.subscriptions()).extracting(EmulatedSubscription::state)
				.containsOnly(SubscriptionState.SUCCEEDED);
			EmulatedSubscription hook = emulator.subscription("orders-hook");
			assertThat(hook.definition().maxDeliveryAttempts()).isEqualTo(5);
			assertThat(hook.definition().eventTimeToLive()).isEqualTo(Duration.ofMinutes(60));
			assertThat(emulator.subscription("north-bus").deliverySchema()).isEqualTo(InputSchema.CLOUD_EVENT_V1_0);
			assertThat(emulator.subscription("north-bus").domainTopic()).isEqualTo("north");
			assertThat(output.toString(StandardCharsets.UTF_8))
				.contains("subscription orders-hook (WebHook, Succeeded)",
						"endpoint:    http://127.0.0.1:" + webhook.getAddress().getPort() + "/api/events\n",
						"subscription north-bus (ServiceBusQueue, Succeeded)",
						"scope:       " + emulator.topic("shop").domainTopicResourceId("north"))
				.doesNotContain("secret");
			HttpRequest request = HttpRequest
				.newBuilder(URI.create(emulator.httpEndpoint("orders") + "?api-version=2018-01-01"))
				.header("Content-Type", "application/json")
				.header("aeg-sas-key", KEY)
				.POST(HttpRequest.BodyPublishers.ofString("[{\"id\":\"1\",\"subject\":\"/orders/1\","
						+ "\"eventType\":\"Order.Created\",\"eventTime\":\"2024-01-01T00:00:00Z\",\"data\":{}}]"))
				.build();
			assertThat(HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).statusCode())
				.isEqualTo(200);
			assertThat(emulator.awaitDeliveries("orders-hook", 1, Duration.ofSeconds(5))).hasSize(1);
			assertThat(delivered).singleElement().asString().contains("\"id\":\"1\"");
			assertThat(emulator.queue("orders-queue").poll(Duration.ofSeconds(5)).body()).startsWith("{\"id\":\"1\"");
		}
		finally {
			webhook.stop(0);
		}
	}

	private static HttpServer validatingWebhook(List<String> delivered) throws IOException {
		HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		server.createContext("/api/events", (exchange) -> {
			String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
			String answer = "";
			if ("SubscriptionValidation".equals(exchange.getRequestHeaders().getFirst("aeg-event-type"))) {
				Matcher code = Pattern.compile("\"validationCode\":\"([^\"]+)\"").matcher(body);
				answer = code.find() ? "{\"validationResponse\":\"" + code.group(1) + "\"}" : "";
			}
			else {
				delivered.add(body);
			}
			byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
			exchange.sendResponseHeaders(200, (bytes.length > 0) ? bytes.length : -1);
			exchange.getResponseBody().write(bytes);
			exchange.close();
		});
		server.start();
		return server;
	}

	@Test
	void defaultsToOneTopicPerSchemaAndOneDomain() {
		EmulatorConfiguration configuration = EmulatorConfiguration.loadDefault();
		assertThat(configuration.topics()).extracting(EmulatorConfiguration.Topic::schema)
			.extracting(InputSchema::fromName)
			.containsExactly(InputSchema.EVENT_GRID_EVENT, InputSchema.CLOUD_EVENT_V1_0, InputSchema.CUSTOM);
		assertThat(configuration.domains()).hasSize(1);
		assertThat(configuration.httpsPort()).isEqualTo(7443);
	}

	@Test
	void readsTheSampleConfigurationOfTheModule() {
		EmulatorConfiguration configuration = EmulatorConfiguration.load(Path.of("emulator.yaml"));
		assertThat(configuration.topics()).extracting(EmulatorConfiguration.Topic::name)
			.containsExactly("orders", "audit", "telemetry");
		assertThat(configuration.maxRequestSize()).isEqualTo(EventGridEmulatorBuilder.DEFAULT_MAX_SIZE);
		configuration.applyTo(EventGridEmulator.builder());
	}

	@Test
	void rejectsUnknownKeysAndSchemas(@TempDir Path directory) throws Exception {
		Path typo = directory.resolve("typo.yaml");
		Files.writeString(typo, "htps-port: 8443\n");
		assertThatIllegalArgumentException().isThrownBy(() -> EmulatorConfiguration.load(typo))
			.withMessageContaining("htps-port");
		Path schema = directory.resolve("schema.yaml");
		Files.writeString(schema, "topics:\n  - name: orders\n    schema: avro\n");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> EmulatorConfiguration.load(schema).applyTo(EventGridEmulator.builder()))
			.withMessageContaining("Unknown event schema 'avro'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> EventGridEmulatorApplication.start(new String[] { "a", "b" }, System.out))
			.withMessageStartingWith("Usage:");
	}

}
