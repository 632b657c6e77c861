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

package dev.eventgrid.samples.emulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import dev.eventgrid.emulator.identity.EntraDirectory;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Configures the client secret credential of the {@code secret} publisher against the
 * in-process emulator's Microsoft Entra ID authority, when no endpoint is configured: the
 * properties an application would write for Entra ID, with the emulator's authority host
 * and SSL bundle. It picks the emulator's HTTPS port before the application binds its
 * properties, because the authority host names it. Properties of the application take
 * precedence.
 *
 * @author Event Grid for Spring Boot team
 */
class EmulatorIdentityEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

	/**
	 * The name of the property source.
	 */
	static final String SOURCE = "eventgrid-emulator-identity";

	/**
	 * The property holding the emulator's HTTPS port.
	 */
	static final String HTTPS_PORT = "samples.emulator.https-port";

	/**
	 * The client id of the application registered with the emulator.
	 */
	static final String CLIENT_ID = "contoso-orders-app";

	/**
	 * The SSL bundle that trusts the emulator's certificate.
	 */
	static final String SSL_BUNDLE = "eventgrid-emulator";

	private static final String CREDENTIAL = "eventgrid.publishers.secret.credential.";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (StringUtils.hasText(environment.getProperty("eventgrid.endpoint"))) {
			return;
		}
		int port = freePort();
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put(HTTPS_PORT, port);
		properties.put(CREDENTIAL + "client-id", CLIENT_ID);
		properties.put(CREDENTIAL + "client-secret", UUID.randomUUID().toString());
		properties.put(CREDENTIAL + "tenant-id", EntraDirectory.DEFAULT_TENANT_ID);
		properties.put(CREDENTIAL + "authority-host", "https://localhost:" + port + "/");
		properties.put(CREDENTIAL + "ssl-bundle", SSL_BUNDLE);
		environment.getPropertySources().addLast(new MapPropertySource(SOURCE, properties));
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Unable to find a free port for the emulator", ex);
		}
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
