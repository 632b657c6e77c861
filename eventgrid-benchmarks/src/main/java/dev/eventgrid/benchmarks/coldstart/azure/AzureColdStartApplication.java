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

package dev.eventgrid.benchmarks.coldstart.azure;

import java.time.Duration;
import java.util.Map;

import com.azure.core.models.CloudEvent;
import com.azure.core.models.CloudEventDataFormat;
import com.azure.core.util.BinaryData;
import com.azure.messaging.eventgrid.EventGridPublisherAsyncClient;
import dev.eventgrid.benchmarks.coldstart.ColdStart;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A WebFlux application on Spring Cloud Azure that sends one CloudEvent through the
 * auto-configured {@link EventGridPublisherAsyncClient} when it is ready
 * ({@code spring.cloud.azure.eventgrid.endpoint}, {@code .key} and
 * {@code .event-schema=CLOUD_EVENT}).
 *
 * @author Event Grid for Spring Boot team
 */
@SpringBootApplication(proxyBeanMethods = false)
public class AzureColdStartApplication {

	/**
	 * Start the application, send one event and exit.
	 * @param args the application's arguments, among them
	 * {@code spring.cloud.azure.eventgrid.*}
	 */
	@SuppressWarnings("unchecked")
	public static void main(String[] args) {
		ColdStart
			.run(AzureColdStartApplication.class, args,
					(context) -> ((EventGridPublisherAsyncClient<CloudEvent>) context
						.getBean(EventGridPublisherAsyncClient.class))
						.sendEvent(new CloudEvent("/cold-start", "Contoso.ColdStart",
								BinaryData.fromObject(Map.of("started", true)), CloudEventDataFormat.JSON,
								"application/json"))
						.block(Duration.ofSeconds(60)));
	}

}
