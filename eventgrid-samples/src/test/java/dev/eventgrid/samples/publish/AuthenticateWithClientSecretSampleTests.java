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

package dev.eventgrid.samples.publish;

import dev.eventgrid.emulator.EventGridEmulator;
import dev.eventgrid.emulator.identity.EntraDirectory;
import dev.eventgrid.emulator.identity.TokenRequest;
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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link AuthenticateWithClientSecretSample}.
 *
 * @author Event Grid for Spring Boot team
 */
@SpringBootTest(properties = "samples.run=none", webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class AuthenticateWithClientSecretSampleTests {

	@Autowired
	private SampleRunner samples;

	@Autowired
	private EventGridEmulator emulator;

	@BeforeEach
	void clearEmulator() {
		this.emulator.clear();
	}

	@Test
	void sendsABearerTokenThatTheEmulatorsAuthorityIssuedForTheClientSecret(CapturedOutput output) {
		assertThat(this.samples.run("client-secret").passed()).isOne();
		ReceivedEvent event = this.emulator.receivedEvents("secret-topic").get(0);
		assertThat(event.headers().first("Authorization")).startsWith("Bearer ");
		assertThat(this.emulator.authority().tokenRequests()).singleElement().satisfies((request) -> {
			assertThat(request.kind()).isEqualTo(TokenRequest.Kind.CLIENT_SECRET);
			assertThat(request.clientId()).isEqualTo("contoso-orders-app");
			assertThat(request.issued()).isTrue();
		});
		assertThat(output)
			.contains("publisher 'secret' authenticates with token credential (ClientSecretCredential) as client "
					+ "contoso-orders-app of tenant " + EntraDirectory.DEFAULT_TENANT_ID + ", authority "
					+ this.emulator.authority().authorityHost(), "received by secret-topic: 1 event");
	}

}
