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

package dev.eventgrid.spring.autoconfigure;

/**
 * Thrown at startup when the {@code eventgrid.*} properties cannot make a working
 * publisher; {@link InvalidEventGridConfigurationFailureAnalyzer} reports what to change.
 *
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
public class InvalidEventGridConfigurationException extends RuntimeException {

	private final String property;

	private final String action;

	/**
	 * Create an exception.
	 * @param property the property or property prefix at fault
	 * @param problem what is wrong
	 * @param action what to change
	 */
	public InvalidEventGridConfigurationException(String property, String problem, String action) {
		super("Invalid Event Grid configuration at '" + property + "': " + problem);
		this.property = property;
		this.action = action;
	}

	/**
	 * Return the property or property prefix at fault.
	 * @return the property
	 */
	public String getProperty() {
		return this.property;
	}

	/**
	 * Return what to change.
	 * @return the action
	 */
	public String getAction() {
		return this.action;
	}

}
