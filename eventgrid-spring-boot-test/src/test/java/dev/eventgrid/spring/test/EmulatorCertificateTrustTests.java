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

package dev.eventgrid.spring.test;

import java.nio.file.Files;
import java.nio.file.Path;

import dev.eventgrid.emulator.EventGridEmulator;
import dev.eventgrid.emulator.model.InputSchema;
import dev.eventgrid.spring.core.EventGridTemplate;
import dev.eventgrid.spring.event.CloudEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's way for a Spring application to trust the standalone emulator's
 * certificate: an SSL bundle of its PEM file, used by Boot's {@code WebClient.Builder}
 * (from {@code spring-boot-starter-webclient}), which the publishers send through.
 *
 * @author Event Grid for Spring Boot team
 */
@SpringBootTest(classes = EmulatorCertificateTrustTests.Application.class,
		properties = { "spring.main.web-application-type=none", "spring.http.clients.ssl.bundle=eventgrid-emulator" })
class EmulatorCertificateTrustTests {

	private static final EventGridEmulator emulator = EventGridEmulator.builder()
		.topic("orders", InputSchema.CLOUD_EVENT_V1_0)
		.start();

	@Autowired
	private EventGridTemplate eventGrid;

	@DynamicPropertySource
	static void connectToTheEmulator(DynamicPropertyRegistry registry) throws Exception {
		Path pem = Files.createTempFile("eventgrid-emulator", ".pem");
		Files.writeString(pem, emulator.certificatePem());
		registry.add("spring.ssl.bundle.pem.eventgrid-emulator.truststore.certificate", () -> "file:" + pem);
		registry.add("eventgrid.endpoint", () -> emulator.httpsEndpoint("orders"));
		registry.add("eventgrid.key", () -> emulator.key("orders"));
	}

	@AfterAll
	static void stopEmulator() {
		emulator.close();
	}

	@Test
	void publishesOverHttpsTrustingTheEmulatorsPemThroughAnSslBundle() {
		this.eventGrid.send(CloudEvent.builder().source("/orders").type("Order.Created").data(1).build());
		assertThat(emulator.requests()).singleElement().satisfies((request) -> {
			assertThat(request.secure()).isTrue();
			assertThat(request.status()).isEqualTo(200);
		});
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class Application {

	}

}
