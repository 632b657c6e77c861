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

import dev.eventgrid.emulator.EventGridEmulator;
import dev.eventgrid.spring.core.EventGridTemplate;
import dev.eventgrid.spring.core.ReactiveEventGridTemplate;
import dev.eventgrid.spring.event.CloudEvent;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.ssl.SslBundles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link EventGridEmulatorTest#https()}: the publishers send over HTTPS and
 * trust the emulator's certificate, and an SSL bundle trusts it for the application's own
 * clients.
 *
 * @author Event Grid for Spring Boot team
 */
@EventGridEmulatorTest(properties = "eventgrid.endpoint=${AZURE_ENDPOINT_NOT_SET}", https = true)
class EventGridEmulatorHttpsTests {

	@Autowired
	private EventGridTemplate template;

	@Autowired
	private ReactiveEventGridTemplate reactiveTemplate;

	@Autowired
	private EventGridEmulator emulator;

	@Autowired
	private SslBundles sslBundles;

	@Test
	void publishesOverHttpsTrustingTheEmulatorsCertificate() {
		assertThat(this.reactiveTemplate.getPublisher("default").getEndpoint().getScheme()).isEqualTo("https");
		this.template.send(CloudEvent.builder().source("/s").type("t").data(1).build());
		assertThat(this.emulator.requests()).singleElement()
			.satisfies((request) -> assertThat(request.secure()).isTrue());
	}

	@Test
	void registersAnSslBundleThatTrustsTheEmulator() throws Exception {
		assertThat(this.sslBundles.getBundle(EventGridEmulatorAutoConfiguration.SSL_BUNDLE)
			.getStores()
			.getTrustStore()
			.getCertificate("eventgrid-emulator")).isEqualTo(this.emulator.certificate());
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class Application {

	}

}
