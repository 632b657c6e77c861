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

package dev.eventgrid.emulator.delivery;

/**
 * The provisioning state of an event subscription; events are delivered only once it has
 * {@link #SUCCEEDED}.
 *
 * @author Event Grid for Spring Boot team
 */
public enum SubscriptionState {

	/**
	 * The validation handshake is in progress.
	 */
	CREATING("Creating"),

	/**
	 * The endpoint accepted the validation event without echoing the code; a GET of the
	 * validation URL within five minutes completes the handshake.
	 */
	AWAITING_MANUAL_ACTION("AwaitingManualAction"),

	/**
	 * The subscription is validated and receives events.
	 */
	SUCCEEDED("Succeeded"),

	/**
	 * The handshake failed or the manual validation window closed; no events are
	 * delivered.
	 */
	FAILED("Failed");

	private final String serviceName;

	SubscriptionState(String serviceName) {
		this.serviceName = serviceName;
	}

	/**
	 * Return the name the service uses for this state, such as
	 * {@code AwaitingManualAction}.
	 * @return the service name
	 */
	public String serviceName() {
		return this.serviceName;
	}

}
