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

import javax.net.ssl.SSLException;

import dev.eventgrid.emulator.EventGridEmulator;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import reactor.netty.http.client.HttpClient;

import org.springframework.http.client.reactive.ClientHttpConnector;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;

/**
 * Makes the HTTP connector of a {@code WebClient} that trusts the emulator's certificate.
 *
 * @author Event Grid for Spring Boot team
 */
final class EmulatorTrust {

	private EmulatorTrust() {
	}

	static ClientHttpConnector connector(EventGridEmulator emulator) {
		try {
			SslContext sslContext = SslContextBuilder.forClient().trustManager(emulator.trustManagerFactory()).build();
			return new ReactorClientHttpConnector(HttpClient.create().secure((spec) -> spec.sslContext(sslContext)));
		}
		catch (SSLException ex) {
			throw new IllegalStateException("Unable to trust the emulator's certificate", ex);
		}
	}

}
