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
 * Where a subscription delivers its events.
 *
 * @author Event Grid for Spring Boot team
 */
public enum EndpointType {

	/**
	 * An HTTP endpoint that receives each event as a POST, after a validation handshake.
	 */
	WEBHOOK("WebHook"),

	/**
	 * An in-memory queue holding one Storage Queue message per event.
	 */
	STORAGE_QUEUE("StorageQueue"),

	/**
	 * An in-memory queue holding one Service Bus message per event, with Event Grid's
	 * application properties.
	 */
	SERVICE_BUS_QUEUE("ServiceBusQueue");

	private final String serviceName;

	EndpointType(String serviceName) {
		this.serviceName = serviceName;
	}

	/**
	 * Return the name the service uses for this endpoint type, such as {@code WebHook}.
	 * @return the service name
	 */
	public String serviceName() {
		return this.serviceName;
	}

}
