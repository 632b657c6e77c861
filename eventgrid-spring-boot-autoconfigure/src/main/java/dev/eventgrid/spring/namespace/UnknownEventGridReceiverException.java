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

package dev.eventgrid.spring.namespace;

import java.util.Set;

import org.springframework.util.Assert;

/**
 * Thrown when the application starts with an {@link EventGridPullListener} method whose
 * receiver is not configured: no {@code eventgrid.receivers.<name>.*} properties of that
 * name, or none at all.
 *
 * @author Event Grid for Spring Boot team
 * @since 0.2.0
 */
public final class UnknownEventGridReceiverException extends IllegalStateException {

	private final String listener;

	private final String receiver;

	private final Set<String> configured;

	/**
	 * Create an exception.
	 * @param listener the listener method, as {@code ClassName#methodName}
	 * @param receiver the receiver name it declares
	 * @param configured the names of the configured receivers, empty when there are none
	 */
	public UnknownEventGridReceiverException(String listener, String receiver, Set<String> configured) {
		super(message(listener, receiver, configured));
		Assert.hasText(listener, "'listener' must not be empty");
		Assert.notNull(receiver, "'receiver' must not be null");
		Assert.notNull(configured, "'configured' must not be null");
		this.listener = listener;
		this.receiver = receiver;
		this.configured = Set.copyOf(configured);
	}

	private static String message(String listener, String receiver, Set<String> configured) {
		String known = (configured == null || configured.isEmpty()) ? "no eventgrid.receivers are configured"
				: "the configured receivers are " + configured.stream().sorted().toList();
		return "The @EventGridPullListener method " + listener + " declares receiver = \"" + receiver
				+ "\", but there is no Event Grid receiver of that name: " + known;
	}

	/**
	 * Return the listener method, as {@code ClassName#methodName}.
	 * @return the listener method
	 */
	public String getListener() {
		return this.listener;
	}

	/**
	 * Return the receiver name the listener declares.
	 * @return the receiver name
	 */
	public String getReceiver() {
		return this.receiver;
	}

	/**
	 * Return the names of the configured receivers.
	 * @return the names, empty when none is configured
	 */
	public Set<String> getConfigured() {
		return this.configured;
	}

}
