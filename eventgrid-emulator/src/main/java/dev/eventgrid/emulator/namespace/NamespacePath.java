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

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The parts of a namespace request path: {@code /topics/{topic}:publish} or
 * {@code /topics/{topic}/eventsubscriptions/{subscription}:{action}}, optionally after
 * {@code /namespaces/{namespace}}, which names the namespace when the host does not.
 *
 * @param namespace the namespace the path names, or {@code null} if it has no prefix
 * @param topic the topic name
 * @param subscription the subscription name, or {@code null} for a topic operation
 * @param action the action after the colon, such as {@code publish} or {@code receive}
 * @author Event Grid for Spring Boot team
 */
record NamespacePath(@Nullable String namespace, String topic, @Nullable String subscription, String action) {

	private static final Pattern PATH = Pattern
		.compile("(?i)(?:/namespaces/([^/]+))?/topics/([^/:]+)(?:/eventsubscriptions/([^/:]+))?:([A-Za-z]+)/?");

	static @Nullable NamespacePath parse(String decodedPath) {
		Matcher matcher = PATH.matcher(decodedPath);
		if (!matcher.matches()) {
			return null;
		}
		return new NamespacePath(matcher.group(1), matcher.group(2), matcher.group(3), matcher.group(4));
	}

	boolean isPublish() {
		return this.subscription == null && "publish".equalsIgnoreCase(this.action);
	}

}
