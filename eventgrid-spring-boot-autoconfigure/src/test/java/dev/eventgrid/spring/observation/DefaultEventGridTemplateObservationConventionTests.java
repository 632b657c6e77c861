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

package dev.eventgrid.spring.observation;

import java.io.IOException;

import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link DefaultEventGridTemplateObservationConvention}.
 *
 * @author Event Grid for Spring Boot team
 */
class DefaultEventGridTemplateObservationConventionTests {

	private final DefaultEventGridTemplateObservationConvention convention = new DefaultEventGridTemplateObservationConvention();

	@Test
	void givesTheSuccessfulSendsOfAPublisherTheSameKeyValues() {
		KeyValues first = this.convention.getLowCardinalityKeyValues(context("template", "orders", "orders-topic"));
		KeyValues second = this.convention.getLowCardinalityKeyValues(context("template", "orders", "orders-topic"));

		assertThat(second).isEqualTo(first);
		assertThat(first).hasSize(9)
			.contains(KeyValue.of("outcome", "SUCCESS"), KeyValue.of("error.type", "none"),
					KeyValue.of("eventgrid.template.name", "template"), KeyValue.of("eventgrid.publisher", "orders"),
					KeyValue.of("messaging.destination.name", "orders-topic"));
	}

	@Test
	void tellsTemplatesAndDestinationsOfPublishersOfTheSameNameApart() {
		KeyValues orders = this.convention.getLowCardinalityKeyValues(context("template", "orders", "orders-topic"));
		KeyValues otherTemplate = this.convention
			.getLowCardinalityKeyValues(context("otherTemplate", "orders", "orders-topic"));
		KeyValues otherTopic = this.convention.getLowCardinalityKeyValues(context("template", "orders", "archive"));

		assertThat(otherTemplate).isNotEqualTo(orders)
			.contains(KeyValue.of("eventgrid.template.name", "otherTemplate"));
		assertThat(otherTopic).contains(KeyValue.of("messaging.destination.name", "archive"));
		assertThat(this.convention.getLowCardinalityKeyValues(context("template", "orders", "orders-topic")))
			.isEqualTo(orders);
		assertThat(this.convention.getContextualName(context("template", "orders", "archive")))
			.isEqualTo("publish archive");
	}

	@Test
	void tagsThePublishersPastTheOnesItKeepsAsWell() {
		for (int i = 0; i < 100; i++) {
			assertThat(this.convention.getLowCardinalityKeyValues(context("template", "p" + i, "topic" + i))).contains(
					KeyValue.of("eventgrid.publisher", "p" + i),
					KeyValue.of("messaging.destination.name", "topic" + i));
		}
		assertThat(this.convention.getLowCardinalityKeyValues(context("template", "p99", "topic99")))
			.contains(KeyValue.of("eventgrid.publisher", "p99"));
	}

	@Test
	void tagsAFailedSendWithItsOutcomeAndErrorType() {
		EventGridSenderContext failed = context("template", "orders", "orders-topic");
		failed.setError(new IOException("boom"));
		EventGridSenderContext partial = context("template", "orders", "orders-topic");
		partial.recordRequest(2, 100, 1, true);
		partial.setError(new IOException("boom"));

		assertThat(this.convention.getLowCardinalityKeyValues(failed)).contains(KeyValue.of("outcome", "FAILURE"),
				KeyValue.of("error.type", "IOException"));
		assertThat(this.convention.getLowCardinalityKeyValues(partial)).contains(KeyValue.of("outcome", "PARTIAL"),
				KeyValue.of("error.type", "IOException"));
	}

	@Test
	void countsWhatTheSendDid() {
		EventGridSenderContext context = context("template", "orders", "orders-topic");
		assertThat(this.convention.getHighCardinalityKeyValues(context))
			.isEqualTo(KeyValues.of("messaging.batch.message_count", "0", "eventgrid.request.count", "0",
					"eventgrid.retry.count", "0", "messaging.message.body.size", "0"));

		context.recordRequest(3, 300, 2, true);
		context.recordRequest(1, 50, 1, false);

		assertThat(this.convention.getHighCardinalityKeyValues(context))
			.isEqualTo(KeyValues.of("messaging.batch.message_count", "3", "eventgrid.request.count", "2",
					"eventgrid.retry.count", "1", "messaging.message.body.size", "300"));
	}

	private static EventGridSenderContext context(String beanName, String publisher, String destination) {
		return new EventGridSenderContext(beanName, publisher, destination, "cloud-event");
	}

}
