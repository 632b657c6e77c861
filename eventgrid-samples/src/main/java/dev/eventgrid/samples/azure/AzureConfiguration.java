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

package dev.eventgrid.samples.azure;

import dev.eventgrid.samples.EventGridEndpointCondition;
import dev.eventgrid.samples.SampleTarget;
import dev.eventgrid.spring.autoconfigure.EventGridProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Publishes to Azure when an endpoint is configured ({@code EVENTGRID_ENDPOINT}). Each
 * named publisher of {@code application.yml} then needs an endpoint of its own, such as
 * {@code EVENTGRID_PUBLISHERS_EG_ENDPOINT}; the samples of a publisher without one are
 * skipped.
 *
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EventGridEndpointCondition.Present.class)
public class AzureConfiguration {

	@Bean
	AzureConnectionDetails azureConnectionDetails(EventGridProperties properties) {
		return new AzureConnectionDetails(properties);
	}

	@Bean
	SampleTarget azureSampleTarget(AzureConnectionDetails connectionDetails) {
		return new AzureSampleTarget(connectionDetails);
	}

}
