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

package dev.eventgrid.samples.webhook;

import java.net.URI;

import dev.eventgrid.samples.SampleSkippedException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * The address of this application's webhook: the port the web server took (a random one,
 * {@code server.port=0}) and {@code eventgrid.webhook.path}, where the
 * {@code @EventGridListener} methods that name no path receive events.
 *
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
@Component
public class WebhookAddress implements ApplicationListener<WebServerInitializedEvent> {

	private final String path;

	private volatile int port = -1;

	WebhookAddress(@Value("${eventgrid.webhook.path:/api/events}") String path) {
		this.path = path;
	}

	@Override
	public void onApplicationEvent(WebServerInitializedEvent event) {
		this.port = event.getWebServer().getPort();
	}

	/**
	 * Return the URL an event subscription on this machine delivers to.
	 * @return the URL, such as {@code http://localhost:41234/api/events}
	 * @throws SampleSkippedException if the application serves no HTTP
	 */
	public URI uri() {
		return uri(this.path);
	}

	/**
	 * Return the URL of a path of this application, on this machine.
	 * @param path the path, such as {@code /actuator/metrics}
	 * @return the URL
	 * @throws SampleSkippedException if the application serves no HTTP
	 */
	public URI uri(String path) {
		if (this.port < 0) {
			throw new SampleSkippedException("the application serves no HTTP; run it as a web application "
					+ "(spring.main.web-application-type=reactive) to receive events");
		}
		return URI.create("http://localhost:" + this.port + path);
	}

}
