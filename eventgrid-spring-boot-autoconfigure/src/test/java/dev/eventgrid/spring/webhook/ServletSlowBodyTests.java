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
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Probes a webhook in a Spring MVC application on Tomcat with clients that send their
 * headers and then trickle their body, as a slow-body attack does: refused ones must not
 * hold Tomcat's threads, and accepted ones may take only the body timeout.
 *
 * @author Event Grid for Spring Boot team
 */
@SpringBootTest(classes = WebhookTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.main.web-application-type=servlet", "eventgrid.webhook.secret.value=s3cret-value",
				"eventgrid.webhook.secret.header=X-Webhook-Secret", "eventgrid.webhook.body-timeout=1s" })
class ServletSlowBodyTests {

	private static final int SLOW_CLIENTS = 200;

	@LocalServerPort
	int port;

	@Autowired
	RecordingListeners listeners;

	private final List<Socket> sockets = new ArrayList<>();

	private final ScheduledExecutorService trickle = Executors.newSingleThreadScheduledExecutor();

	@AfterEach
	void closeSockets() throws IOException {
		this.trickle.shutdownNow();
		for (Socket socket : this.sockets) {
			socket.close();
		}
		this.listeners.reset();
	}

	@Test
	void unauthenticatedSlowClientsDoNotDelayAValidDelivery() throws Exception {
		WebhookClient client = new WebhookClient(this.port);
		assertThat(client.post("/api/events", "[]", "X-Webhook-Secret", "s3cret-value").statusCode()).isEqualTo(400);
		for (int i = 0; i < SLOW_CLIENTS; i++) {
			this.sockets.add(slowClient(""));
		}
		this.trickle.scheduleAtFixedRate(this::sendAByteEach, 0, 100, TimeUnit.MILLISECONDS);
		// let every slow client be answered, and its body start to trickle
		Thread.sleep(500);

		long start = System.nanoTime();
		HttpResponse<String> response = client.post("/api/events", WebhookClient.orderPlaced("e-1", "o-1"),
				"X-Webhook-Secret", "s3cret-value");
		Duration took = Duration.ofNanos(System.nanoTime() - start);
		System.out.println("Valid delivery beside " + SLOW_CLIENTS + " unauthenticated slow clients: "
				+ response.statusCode() + " in " + took.toMillis() + " ms");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(took).isLessThan(Duration.ofSeconds(1));
		assertThat(firstLine(this.sockets.get(0))).isEqualTo("HTTP/1.1 401 ");
	}

	@Test
	void anAuthenticatedSlowBodyIsAnswered408AtTheBodyTimeout() throws Exception {
		Socket socket = slowClient("X-Webhook-Secret: s3cret-value\r\n");
		this.sockets.add(socket);
		this.trickle.scheduleAtFixedRate(this::sendAByteEach, 0, 100, TimeUnit.MILLISECONDS);

		long start = System.nanoTime();
		String status = firstLine(socket);
		Duration took = Duration.ofNanos(System.nanoTime() - start);
		System.out.println("Authenticated slow body: '" + status + "' after " + took.toMillis() + " ms");

		assertThat(status).startsWith("HTTP/1.1 408");
		assertThat(took).isBetween(Duration.ofMillis(900), Duration.ofSeconds(5));
		assertThat(this.listeners.calls()).isZero();
	}

	private Socket slowClient(String headers) throws IOException {
		Socket socket = new Socket("localhost", this.port);
		socket.setSoTimeout(10_000);
		socket.getOutputStream()
			.write(("POST /api/events HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
					+ "Content-Length: 100000\r\n" + headers + "\r\n[")
				.getBytes(StandardCharsets.US_ASCII));
		socket.getOutputStream().flush();
		return socket;
	}

	private void sendAByteEach() {
		for (Socket socket : this.sockets) {
			try {
				OutputStream output = socket.getOutputStream();
				output.write(' ');
				output.flush();
			}
			catch (IOException ex) {
				// closed by the server: what refusals should do
			}
		}
	}

	private static String firstLine(Socket socket) throws IOException {
		InputStream input = socket.getInputStream();
		StringBuilder line = new StringBuilder();
		int c;
		while ((c = input.read()) >= 0 && c != '\r') {
			line.append((char) c);
		}
		return line.toString();
	}

}
