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

package dev.eventgrid.spring.fuzz;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.AroundTryHook;
import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;
import net.jqwik.api.lifecycle.TryExecutionResult;
import net.jqwik.api.lifecycle.TryExecutor;
import net.jqwik.api.lifecycle.TryLifecycleContext;
import org.opentest4j.AssertionFailedError;

/**
 * The jqwik hook behind {@link TimeLimit}: runs each try on a daemon thread and stops
 * waiting for it at the limit, so that a try that hangs fails instead of holding the
 * build; a try that is stuck in a loop keeps its thread, and Surefire's fork timeout ends
 * the JVM if too many do.
 *
 * @author Event Grid for Spring Boot team
 */
public class TimeLimitHook implements AroundTryHook, AroundPropertyHook {

	static final String THREAD_PREFIX = "jqwik-try-";

	private static final AtomicInteger threads = new AtomicInteger();

	private static final ExecutorService executor = Executors.newCachedThreadPool((task) -> {
		Thread thread = new Thread(task, THREAD_PREFIX + threads.incrementAndGet());
		thread.setDaemon(true);
		return thread;
	});

	@Override
	public TryExecutionResult aroundTry(TryLifecycleContext context, TryExecutor aTry, List<Object> parameters) {
		return within(Duration.ofSeconds(limit(context).perTry()), () -> aTry.execute(parameters));
	}

	@Override
	public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
		long start = System.nanoTime();
		PropertyExecutionResult result = property.execute();
		Duration took = Duration.ofNanos(System.nanoTime() - start);
		Duration limit = Duration.ofSeconds(limit(context).perProperty());
		return (took.compareTo(limit) > 0)
				? result.mapToFailed(context.label() + " took " + took.toSeconds() + " s, over its limit of " + limit)
				: result;
	}

	/**
	 * Run a try on a thread of its own and wait for it at most the limit.
	 * @param limit how long the try may take
	 * @param aTry the try
	 * @return what the try returned, or a falsified result if it took too long
	 */
	static TryExecutionResult within(Duration limit, Supplier<TryExecutionResult> aTry) {
		CompletableFuture<TryExecutionResult> running = CompletableFuture.supplyAsync(aTry, executor);
		try {
			return running.get(limit.toNanos(), TimeUnit.NANOSECONDS);
		}
		catch (TimeoutException ex) {
			running.cancel(true);
			return TryExecutionResult.falsified(new AssertionFailedError("The try took longer than " + limit));
		}
		catch (ExecutionException ex) {
			return TryExecutionResult.falsified(ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return TryExecutionResult.falsified(ex);
		}
	}

	private static TimeLimit limit(LifecycleContext context) {
		return context.findAnnotation(TimeLimit.class)
			.or(() -> context.optionalContainerClass().map((type) -> type.getAnnotation(TimeLimit.class)))
			.orElseThrow(() -> new IllegalStateException("No @TimeLimit on " + context.label()));
	}

}
