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

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import dev.eventgrid.emulator.EventGridEmulator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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

	private static final Path INSTALL = Path.of("target", "js-interop");

	@BeforeAll
	static void installSdk() throws Exception {
		assumeTrue(run(List.of("node", "--version"), Path.of("."), Map.of()).exitCode() == 0,
				"node is not installed: the JavaScript SDK interop test needs Node.js 18 or later");
		assumeTrue(run(List.of("npm", "--version"), Path.of("."), Map.of()).exitCode() == 0,
				"npm is not installed: the JavaScript SDK interop test needs it to install " + PACKAGE);
		if (Files.isDirectory(INSTALL.resolve("node_modules/@azure/eventgrid-namespaces"))) {
			return;
		}
		Files.createDirectories(INSTALL);
		Files.writeString(INSTALL.resolve("package.json"), "{\"name\":\"js-interop\",\"private\":true}");
		Result install = run(List.of("npm", "install", "--no-audit", "--no-fund", PACKAGE), INSTALL, Map.of());
		assumeTrue(install.exitCode() == 0, () -> "npm could not install " + PACKAGE + ": " + install.output());
	}

	@Test
	void publishesReceivesAndSettlesWithTheJavaScriptSdk() throws Exception {
		try (EventGridEmulator emulator = EventGridEmulator.builder()
			.namespaceTimeScale(100)
			.namespace(NamespaceDefinition.named("contoso").topic("orders", NamespaceSubscription.named("workers")))
			.start()) {
			Path certificate = INSTALL.resolve("emulator.pem").toAbsolutePath();
			Files.writeString(certificate, emulator.certificatePem(), StandardCharsets.US_ASCII);
			String endpoint = emulator.namespace("contoso").httpsEndpoint().replace("localhost", "127.0.0.1");
			Result result = run(List.of("node", Path.of("src/test/js/namespaces-interop.cjs").toString()), Path.of("."),
					Map.of("NODE_PATH", INSTALL.resolve("node_modules").toAbsolutePath().toString(),
							"NODE_EXTRA_CA_CERTS", certificate.toString(), "EG_ENDPOINT", endpoint, "EG_KEY",
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

	private static Result run(List<String> command, Path directory, Map<String, String> environment)
			throws InterruptedException {
		try {
			Path output = Files.createTempFile("js-interop", ".log");
			ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
				.redirectErrorStream(true)
				.redirectOutput(output.toFile());
			builder.environment().putAll(environment);
			Process process = builder.start();
			if (!process.waitFor(5, TimeUnit.MINUTES)) {
				process.destroyForcibly();
				return new Result(-1, command + " timed out after 5 minutes");
			}
			String printed = Files.readString(output, StandardCharsets.UTF_8);
			Files.deleteIfExists(output);
			return new Result(process.exitValue(), printed);
		}
		catch (IOException ex) {
			return new Result(-1, ex.getMessage());
		}
	}

	/**
	 * The outcome of a command.
	 *
	 * @param exitCode the exit code, {@code -1} if it could not run
	 * @param output what it printed on standard output and error
	 */
	private record Result(int exitCode, String output) {

	}

}
