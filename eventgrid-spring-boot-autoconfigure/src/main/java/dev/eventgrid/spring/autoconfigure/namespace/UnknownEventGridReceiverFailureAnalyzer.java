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

package dev.eventgrid.spring.autoconfigure.namespace;

import dev.eventgrid.spring.namespace.UnknownEventGridReceiverException;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Reports an {@code @EventGridPullListener} method whose receiver is not configured,
 * naming the method and the properties to set.
 *
 * @author Event Grid for Spring Boot team
 */
class UnknownEventGridReceiverFailureAnalyzer extends AbstractFailureAnalyzer<UnknownEventGridReceiverException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, UnknownEventGridReceiverException cause) {
		String prefix = "eventgrid.receivers." + (cause.getReceiver().isEmpty() ? "<name>" : cause.getReceiver());
		String action = "Configure the receiver: set " + prefix + ".endpoint (the namespace endpoint, such as "
				+ "https://<namespace>.<region>-1.eventgrid.azure.net), " + prefix + ".topic, " + prefix
				+ ".subscription and its credential (" + prefix + ".key, " + prefix + ".sas-token or " + prefix
				+ ".credential.*)"
				+ (cause.getConfigured().isEmpty() ? ""
						: ", or name one of " + cause.getConfigured().stream().sorted().toList())
				+ " in the receiver attribute of " + cause.getListener() + ".";
		return new FailureAnalysis(String.valueOf(cause.getMessage()), action, cause);
	}

}
