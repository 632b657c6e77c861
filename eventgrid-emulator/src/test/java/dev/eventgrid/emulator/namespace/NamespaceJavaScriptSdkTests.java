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

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import dev.eventgrid.emulator.EventGridEmulator;
import dev.eventgrid.emulator.NodeScripts;
import dev.eventgrid.emulator.NodeScripts.Result;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drives the emulator with the real JavaScript SDK, {@code @azure/eventgrid-namespaces}
 * 1.0.0, through {@code src/test/js/namespaces-interop.cjs}: publish, receive,
 * acknowledge, release, reject and renew lock over HTTPS with the namespace key. The SDK
 * is installed under {@code target/js-interop} on first use; the test is skipped when
 * {@code node} or {@code npm} is missing or the install fails.
 *
 * @author Event Grid for Spring Boot team
 */
class NamespaceJavaScriptSdkTests {

	private static final String PACKAGE = "@azure/eventgrid-namespaces@1.0.0";

	private static NodeScripts scripts;

	@BeforeAll
	static void installSdk() throws Exception {
		scripts = NodeScripts.install(Path.of("target", "js-interop"), PACKAGE);
	}

	@Test
	void publishesReceivesAndSettlesWithTheJavaScriptSdk() throws Exception {
		try (EventGridEmulator emulator = EventGridEmulator.builder()
			.namespaceTimeScale(100)
			.namespace(NamespaceDefinition.named("contoso").topic("orders", NamespaceSubscription.named("workers")))
			.start()) {
			Path certificate = scripts.directory().resolve("emulator.pem").toAbsolutePath();
			Files.writeString(certificate, emulator.certificatePem(), StandardCharsets.US_ASCII);
			String endpoint = emulator.namespace("contoso").httpsEndpoint().replace("localhost", "127.0.0.1");
			Result result = scripts.node("namespaces-interop.cjs", List.of(),
					Map.of("NODE_EXTRA_CA_CERTS", certificate.toString(), "EG_ENDPOINT", endpoint, "EG_KEY",
							emulator.namespace("contoso").key(), "EG_TOPIC", "orders", "EG_SUBSCRIPTION", "workers"));
			assertThat(result.exitCode()).as(result.output()).isZero();
			String[] lines = result.output().trim().split("\n");
			JsonNode seen = NamespaceClient.MAPPER.readTree(lines[lines.length - 1]);
			assertSdkSawTheService(seen);
			PullSubscription workers = emulator.namespace("contoso").subscription("orders", "workers");
			assertThat(workers.deadLetteredEvents()).extracting(DeadLetteredCloudEvent::eventId)
				.containsExactly("batch-2");
			assertThat(workers.size()).isZero();
			assertThat(emulator.namespace("contoso").receivedEvents("orders")).hasSize(3);
		}
	}

	private static void assertSdkSawTheService(JsonNode seen) {
		assertThat(seen.get("firstIds")).extracting(JsonNode::stringValue)
			.containsExactly("batch-1", "batch-2", "single");
		assertThat(seen.at("/firstEvent/subject").stringValue()).isEqualTo("/orders/single");
		assertThat(seen.at("/firstEvent/data/id").stringValue()).isEqualTo("single");
		assertThat(seen.get("deliveryCounts")).extracting(JsonNode::asInt).containsOnly(1);
		for (String operation : List.of("acknowledged", "released", "rejected", "renewed", "finalAck")) {
			assertThat(seen.at("/" + operation + "/succeededLockTokens")).as(operation).hasSize(1);
			assertThat(seen.at("/" + operation + "/failedLockTokens")).as(operation).isEmpty();
		}
		assertThat(seen.at("/again/id").stringValue()).isEqualTo("batch-1");
		assertThat(seen.at("/again/deliveryCount").asInt()).isEqualTo(2);
		assertThat(seen.at("/stale/failedLockTokens/0/error/code").stringValue()).isEqualTo("TokenLost");
		assertThat(seen.at("/unknownTopic/statusCode").asInt()).isEqualTo(410);
		assertThat(seen.at("/unknownTopic/code").stringValue()).isEqualTo("Gone");
	}

}
