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

package dev.eventgrid.samples.tracing;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The span processor the samples add to Spring Boot's OpenTelemetry tracing: it keeps the
 * last spans for the tracing sample to relate, and writes each to the log as it ends
 * while that sample runs (a {@code SpanExporter} bean would be batched, and its lines
 * would come every few seconds instead of beside the sample that made them).
 *
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
@Configuration(proxyBeanMethods = false)
public class TracingConfiguration {

	@Bean
	FinishedSpans finishedSpans() {
		return new FinishedSpans();
	}

}
