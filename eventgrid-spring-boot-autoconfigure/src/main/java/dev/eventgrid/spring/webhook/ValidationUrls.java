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

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import dev.eventgrid.spring.listener.EventGridRejectedException;
import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * The validation URLs the manual handshake takes: https on an Event Grid host, or http on
 * a loopback host named in the list (an emulator on this machine). Anything else is
 * refused, so that a forged validation event cannot have someone, or a listener, GET a
 * URL of an attacker's choosing.
 *
 * @author Event Grid for Spring Boot team
 */
final class ValidationUrls {

	static final List<String> DEFAULT_HOSTS = List.of("*.eventgrid.azure.net");

	private final List<String> hosts;

	ValidationUrls(Collection<String> hosts) {
		Assert.notEmpty(hosts, "'hosts' must not be empty");
		this.hosts = hosts.stream().map((host) -> host.strip().toLowerCase(Locale.ROOT)).toList();
	}

	/**
	 * Check the validation URL of a validation event.
	 * @param url the URL
	 * @throws EventGridRejectedException if it is not one the handshake takes
	 */
	void check(@Nullable String url) {
		URI uri = parse(url);
		if (uri == null || !isAccepted(uri)) {
			throw new EventGridRejectedException(
					"The validationUrl of the subscription validation event is not an https URL on an Event Grid host ("
							+ String.join(", ", this.hosts) + "); the handshake was not accepted");
		}
	}

	private boolean isAccepted(URI uri) {
		String host = uri.getHost();
		if (host == null || uri.getRawUserInfo() != null) {
			return false;
		}
		host = host.toLowerCase(Locale.ROOT);
		String scheme = String.valueOf(uri.getScheme()).toLowerCase(Locale.ROOT);
		return isListed(host) && ("https".equals(scheme) || ("http".equals(scheme) && isLoopback(host)));
	}

	private static @Nullable URI parse(@Nullable String url) {
		try {
			return (url != null) ? new URI(url) : null;
		}
		catch (URISyntaxException ex) {
			return null;
		}
	}

	private boolean isListed(String host) {
		return this.hosts.stream()
			.anyMatch(
					(pattern) -> pattern.startsWith("*.") ? host.endsWith(pattern.substring(1)) : host.equals(pattern));
	}

	private static boolean isLoopback(String host) {
		return host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]");
	}

}
