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

/**
 * One runnable sample: a small piece of code that uses the library the way an application
 * would, run in order by the {@link SampleRunner}.
 *
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
public interface Sample {

	/**
	 * Return the name that selects this sample with {@code samples.run}.
	 * @return the name, such as {@code cloud-events}
	 */
	String name();

	/**
	 * Return what this sample shows, in one line.
	 * @return the description
	 */
	String description();

	/**
	 * Return the name of the publisher this sample sends through; the sample is skipped
	 * when that publisher is not connected to a topic.
	 * @return the publisher name, {@code default} unless overridden
	 */
	default String publisher() {
		return "default";
	}

	/**
	 * Run the sample.
	 * @throws SampleSkippedException if the sample cannot run with the current
	 * configuration
	 */
	void run();

}
