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

import io.opentelemetry.context.Context;
import io.opentelemetry.exporter.logging.LoggingSpanExporter;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.ReadWriteSpan;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.SpanProcessor;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;

/**
 * Writes each span to the log as it ends, as the Python library's tracing example does
 * with {@code SimpleSpanProcessor(ConsoleSpanExporter())}, but only while the tracing
 * sample runs: the other samples print what they sent, not two span lines per send.
 * Spring Boot adds every {@link SpanProcessor} bean to the OpenTelemetry tracer provider.
 *
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
public class ConsoleSpans implements SpanProcessor {

	private final SpanProcessor console = SimpleSpanProcessor.create(LoggingSpanExporter.create());

	private volatile boolean writing;

	/**
	 * Start or stop writing the spans that end to the log.
	 * @param writing whether to write them
	 */
	public void setWriting(boolean writing) {
		this.writing = writing;
	}

	@Override
	public void onStart(Context parentContext, ReadWriteSpan span) {
	}

	@Override
	public boolean isStartRequired() {
		return false;
	}

	@Override
	public void onEnd(ReadableSpan span) {
		if (this.writing) {
			this.console.onEnd(span);
		}
	}

	@Override
	public boolean isEndRequired() {
		return true;
	}

	@Override
	public CompletableResultCode shutdown() {
		return this.console.shutdown();
	}

	@Override
	public CompletableResultCode forceFlush() {
		return this.console.forceFlush();
	}

}
