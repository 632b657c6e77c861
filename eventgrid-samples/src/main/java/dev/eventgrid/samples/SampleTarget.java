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

package dev.eventgrid.samples;

import org.jspecify.annotations.Nullable;

/**
 * Where the samples publish: the in-process emulator, or Azure. It decides which samples
 * can run and reports what arrived.
 *
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
public interface SampleTarget {

	/**
	 * Describe where the samples publish, for the first line of a run.
	 * @return the description
	 */
	String describe();

	/**
	 * Return why a sample cannot run against this target.
	 * @param sample the sample
	 * @return the reason, or {@code null} if the sample can run
	 */
	default @Nullable String skipReason(Sample sample) {
		return null;
	}

	/**
	 * Called before the first sample of a run.
	 */
	default void startRun() {
	}

	/**
	 * Called before each sample that runs.
	 */
	default void beforeSample() {
	}

	/**
	 * Called after each sample that ran, passed or not, to report what arrived.
	 */
	default void afterSample() {
	}

	/**
	 * Return a one-line account of what arrived during the run.
	 * @return the account, or {@code null} if this target cannot tell
	 */
	default @Nullable String summary() {
		return null;
	}

}
