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

package dev.eventgrid.samples.outbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import dev.eventgrid.samples.SamplesApplication;

import static org.awaitility.Awaitility.await;

/**
 * The samples application run in a JVM of its own, as {@code java -jar} runs it, serving
 * {@code POST /orders} until it is stopped or killed.
 *
 * @author Event Grid for Spring Boot team
 */
final class SampleProcess {

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final Process process;

	private final Path log;

	private final int port;

	private SampleProcess(Process process, Path log, int port) {
		this.process = process;
		this.log = log;
		this.port = port;
	}

	/**
	 * Start the application and wait until it serves requests.
	 * @param log where its output goes
	 * @param args its command line arguments
	 * @return the running application
	 * @throws IOException if it cannot be started
	 */
	static SampleProcess start(Path log, List<String> args) throws IOException {
		int port = freePort();
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
						"-XX:TieredStopAtLevel=1", SamplesApplication.class.getName(), "--server.port=" + port,
						"--samples.run=none", "--samples.keep-running=true"));
		command.addAll(args);
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
		builder.environment().put("CLASSPATH", System.getProperty("java.class.path"));
		SampleProcess sample = new SampleProcess(builder.start(), log, port);
		sample.awaitReady();
		return sample;
	}

	private void awaitReady() {
		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("The application exited with " + this.process.exitValue() + ":\n"
						+ Files.readString(this.log, StandardCharsets.UTF_8));
			}
			return health() == 200;
		});
	}

	private int health() {
		try {
			HttpRequest request = HttpRequest.newBuilder(uri("/actuator/health"))
				.timeout(Duration.ofSeconds(5))
				.build();
			return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
		}
		catch (IOException ex) {
			return -1;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return -1;
		}
	}

	/**
	 * Place an order and wait for the answer.
	 * @param customer the customer
	 * @param amount the amount
	 * @return the answer: 201 with the order id, or 422
	 */
	HttpResponse<String> placeOrder(String customer, String amount) {
		return placeOrderAsync(customer, amount).join();
	}

	/**
	 * Place an order without waiting for the answer.
	 * @param customer the customer
	 * @param amount the amount
	 * @return the answer to come
	 */
	CompletableFuture<HttpResponse<String>> placeOrderAsync(String customer, String amount) {
		HttpRequest request = HttpRequest.newBuilder(uri("/orders"))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"customer\":\"" + customer + "\",\"amount\":" + amount + "}"))
			.build();
		return http.sendAsync(request, HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * Kill the application as a crash would: {@code SIGKILL}, no shutdown hook runs.
	 * @return the exit status, 137 for a process killed by {@code SIGKILL}
	 * @throws InterruptedException if interrupted while waiting
	 */
	int kill() throws InterruptedException {
		this.process.destroyForcibly();
		return awaitExit();
	}

	/**
	 * Stop the application as an operator would: {@code SIGTERM}, the context closes.
	 * @return the exit status
	 * @throws InterruptedException if interrupted while waiting
	 */
	int stop() throws InterruptedException {
		this.process.destroy();
		return awaitExit();
	}

	private int awaitExit() throws InterruptedException {
		if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
			this.process.destroyForcibly();
			this.process.waitFor(10, TimeUnit.SECONDS);
		}
		return this.process.exitValue();
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
