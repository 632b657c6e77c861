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

import io.micrometer.common.docs.KeyName;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;
import io.micrometer.observation.docs.ObservationDocumentation;

/**
 * An {@link Observation} of a send through an Event Grid template: one per send, however
 * many requests it takes.
 *
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
public enum EventGridTemplateObservation implements ObservationDocumentation {

	/**
	 * Observation of a send.
	 */
	TEMPLATE_OBSERVATION {

		@Override
		public Class<? extends ObservationConvention<? extends Observation.Context>> getDefaultConvention() {
			return DefaultEventGridTemplateObservationConvention.class;
		}

		@Override
		public KeyName[] getLowCardinalityKeyNames() {
			return TemplateLowCardinalityTags.values();
		}

		@Override
		public KeyName[] getHighCardinalityKeyNames() {
			return TemplateHighCardinalityTags.values();
		}

	};

	/**
	 * Low cardinality tags: bounded, safe for metrics.
	 */
	public enum TemplateLowCardinalityTags implements KeyName {

		/**
		 * Name of the template bean.
		 */
		BEAN_NAME {

			@Override
			public String asString() {
				return "eventgrid.template.name";
			}

		},

		/**
		 * Name of the publisher.
		 */
		PUBLISHER {

			@Override
			public String asString() {
				return "eventgrid.publisher";
			}

		},

		/**
		 * Schema of the events: event-grid-event, cloud-event or custom.
		 */
		SCHEMA {

			@Override
			public String asString() {
				return "eventgrid.schema";
			}

		},

		/**
		 * Outcome of the send: SUCCESS, PARTIAL or FAILURE.
		 */
		OUTCOME {

			@Override
			public String asString() {
				return "outcome";
			}

		},

		/**
		 * Simple class name of the error that ended the send, or none.
		 */
		ERROR_TYPE {

			@Override
			public String asString() {
				return "error.type";
			}

		},

		/**
		 * Messaging system: always eventgrid.
		 */
		MESSAGING_SYSTEM {

			@Override
			public String asString() {
				return "messaging.system";
			}

		},

		/**
		 * Messaging operation: always publish.
		 */
		MESSAGING_OPERATION {

			@Override
			public String asString() {
				return "messaging.operation";
			}

		},

		/**
		 * Topic or domain the events are sent to.
		 */
		MESSAGING_DESTINATION_NAME {

			@Override
			public String asString() {
				return "messaging.destination.name";
			}

		},

		/**
		 * Azure resource provider namespace: always Microsoft.EventGrid.
		 */
		AZ_NAMESPACE {

			@Override
			public String asString() {
				return "az.namespace";
			}

		}

	}

	/**
	 * High cardinality tags: per-send values, for traces.
	 */
	public enum TemplateHighCardinalityTags implements KeyName {

		/**
		 * Number of events accepted.
		 */
		MESSAGING_BATCH_MESSAGE_COUNT {

			@Override
			public String asString() {
				return "messaging.batch.message_count";
			}

		},

		/**
		 * Number of requests the send took.
		 */
		REQUEST_COUNT {

			@Override
			public String asString() {
				return "eventgrid.request.count";
			}

		},

		/**
		 * Number of retried attempts.
		 */
		RETRY_COUNT {

			@Override
			public String asString() {
				return "eventgrid.retry.count";
			}

		},

		/**
		 * Bytes of the accepted request bodies.
		 */
		BODY_SIZE {

			@Override
			public String asString() {
				return "messaging.message.body.size";
			}

		}

	}

}
