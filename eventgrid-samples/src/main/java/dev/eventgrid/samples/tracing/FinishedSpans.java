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

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Predicate;

import io.opentelemetry.context.Context;
import io.opentelemetry.exporter.logging.LoggingSpanExporter;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.ReadWriteSpan;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.SpanProcessor;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import org.jspecify.annotations.Nullable;

/**
 * Keeps the most recent finished spans in memory, for the tracing sample to show how its
 * spans relate, and writes each to the log as it ends while that sample runs, as the
 * Python library's tracing example does with
 * {@code SimpleSpanProcessor(ConsoleSpanExporter())}: the other samples print what they
 * sent, not two span lines per send. Spring Boot adds every {@link SpanProcessor} bean to
 * the OpenTelemetry tracer provider.
 *
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
public class FinishedSpans implements SpanProcessor {

	private static final int CAPACITY = 500;

	private final Deque<SpanData> spans = new ArrayDeque<>();

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
		keep(span.toSpanData());
	}

	private synchronized void keep(SpanData span) {
		if (this.spans.size() == CAPACITY) {
			this.spans.removeFirst();
		}
		this.spans.addLast(span);
		notifyAll();
	}

	@Override
	public CompletableResultCode shutdown() {
		return this.console.shutdown();
	}

	@Override
	public boolean isEndRequired() {
		return true;
	}

	/**
	 * Return the most recent finished span that matches, waiting for one to finish.
	 * @param predicate what the span must match
	 * @param timeout how long to wait at most
	 * @return the span, or {@code null} if none finished in time
	 */
	public synchronized @Nullable SpanData await(Predicate<SpanData> predicate, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		SpanData found = find(predicate);
		while (found == null) {
			long remaining = deadline - System.nanoTime();
			if (remaining <= 0) {
				return null;
			}
			try {
				wait(Math.max(1, remaining / 1_000_000));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return null;
			}
			found = find(predicate);
		}
		return found;
	}

	private @Nullable SpanData find(Predicate<SpanData> predicate) {
		var spans = this.spans.descendingIterator();
		while (spans.hasNext()) {
			SpanData span = spans.next();
			if (predicate.test(span)) {
				return span;
			}
		}
		return null;
	}

}
