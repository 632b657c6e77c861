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

/**
 * How a webhook completes the validation handshake of a new Event Grid schema
 * subscription.
 *
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
public enum SubscriptionValidationMode {

	/**
	 * Answer the validation event with
	 * <code>{"validationResponse": "&lt;code&gt;"}</code>, which validates the
	 * subscription at once.
	 */
	SYNC,

	/**
	 * Answer 200 without the code, log the {@code validationUrl} at INFO with its token
	 * masked and hand the event to the listeners that name
	 * {@code Microsoft.EventGrid.SubscriptionValidationEvent}; someone or something must
	 * GET that URL within minutes for the subscription to be validated. The webhook never
	 * calls the URL itself, since it comes from a request body.
	 */
	MANUAL

}
