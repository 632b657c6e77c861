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

package dev.eventgrid.emulator.namespace;

import java.util.regex.Pattern;

/**
 * The naming rule the emulator applies to namespaces, namespace topics and their
 * subscriptions: 3 to 50 letters, digits and hyphens.
 *
 * @author Event Grid for Spring Boot team
 */
final class NamespaceNames {

	private static final Pattern NAME = Pattern.compile("[A-Za-z0-9-]{3,50}");

	private NamespaceNames() {
	}

	static String check(String kind, String name) {
		if (name == null || !NAME.matcher(name).matches()) {
			throw new IllegalArgumentException(
					"Invalid " + kind + " name '" + name + "': use 3 to 50 letters, digits and hyphens");
		}
		return name;
	}

}
