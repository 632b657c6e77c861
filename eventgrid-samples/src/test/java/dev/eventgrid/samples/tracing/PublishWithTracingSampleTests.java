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

package dev.eventgrid.samples.tracing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.eventgrid.emulator.EventGridEmulator;
import dev.eventgrid.emulator.model.ReceivedEvent;
import dev.eventgrid.samples.SampleRunner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link PublishWithTracingSample}.
 *
 * @author Event Grid for Spring Boot team
 */
@SpringBootTest(properties = "samples.run=none", webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class PublishWithTracingSampleTests {

	private static final Pattern TRACEPARENT = Pattern
		.compile("the CloudEvent carried traceparent (00-([0-9a-f]{32})-([0-9a-f]{16})-01)");

	@Autowired
	private SampleRunner samples;

	@Autowired
	private EventGridEmulator emulator;

	@LocalServerPort
	private int port;

	@BeforeEach
	void clearEmulator() {
		this.emulator.clear();
	}

	@Test
	void followsTheEventFromTheProducerSpanToTheConsumerSpan(CapturedOutput output) {
		assertThat(this.samples.run("tracing").passed()).isOne();
		Matcher traceparent = TRACEPARENT.matcher(output.getOut());
		assertThat(traceparent.find()).isTrue();
		String traceId = traceparent.group(2);
		String producerSpanId = traceparent.group(3);
		assertThat(output).contains(
				"producer span    'publish cloud-events' PRODUCER: trace " + traceId + ", span " + producerSpanId,
				"consumer span    'process PickingListener#itemPicked' CONSUMER: trace " + traceId + ", span ",
				", parent " + producerSpanId, "one trace from the template to the listener: " + traceId);
		assertThat(output).doesNotContain("NOT one trace");
	}

	@Test
	void sendsTheTraceContextInsideTheCloudEvent(CapturedOutput output) {
		assertThat(this.samples.run("tracing").passed()).isOne();
		ReceivedEvent published = this.emulator.receivedEvents("cloud-events").get(0);
		assertThat(published.text("type")).isEqualTo(ItemPicked.TYPE);
		Matcher traceparent = TRACEPARENT.matcher(output.getOut());
		assertThat(traceparent.find()).isTrue();
		assertThat(published.text("traceparent")).isEqualTo(traceparent.group(1));
	}

	@Test
	void writesTheSpansToTheLog(CapturedOutput output) {
		assertThat(this.samples.run("tracing").passed()).isOne();
		Matcher traceparent = TRACEPARENT.matcher(output.getOut());
		assertThat(traceparent.find()).isTrue();
		assertThat(output).contains("LoggingSpanExporter", "'publish cloud-events' : " + traceparent.group(2) + " ",
				"'process PickingListener#itemPicked' : " + traceparent.group(2) + " ");
	}

	@Test
	void writesNoSpansWhileOtherSamplesRun(CapturedOutput output) {
		assertThat(this.samples.run("cloud-events", "webhook").passed()).isEqualTo(2);
		assertThat(output).doesNotContain("LoggingSpanExporter");
	}

	@Test
	void exposesTheTemplateMetricsAtTheActuatorEndpoint(CapturedOutput output) throws Exception {
		assertThat(this.samples.run("tracing").passed()).isOne();
		assertThat(output).contains("(also at http://localhost:" + this.port + "/actuator/metrics/eventgrid.template)",
				"eventgrid.template (timer): ", "eventgrid.events.sent (counter): ");
		for (String metric : List.of("eventgrid.template", "eventgrid.events.sent")) {
			HttpResponse<String> response = get("/actuator/metrics/" + metric);
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.body()).contains("\"name\":\"" + metric + "\"", "\"statistic\":\"COUNT\"",
					"\"tag\":\"eventgrid.publisher\"");
		}
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).GET().build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
	}

}
