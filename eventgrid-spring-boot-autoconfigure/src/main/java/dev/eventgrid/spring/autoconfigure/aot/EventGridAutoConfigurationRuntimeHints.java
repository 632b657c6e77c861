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

package dev.eventgrid.spring.autoconfigure.aot;

import java.util.List;

import dev.eventgrid.spring.autoconfigure.EventGridListenerProperties;
import dev.eventgrid.spring.autoconfigure.EventGridProperties;
import dev.eventgrid.spring.autoconfigure.namespace.EventGridNamespaceProperties;
import dev.eventgrid.spring.autoconfigure.webhook.EventGridWebhookProperties;
import org.jspecify.annotations.Nullable;

import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.aot.hint.TypeReference;
import org.springframework.boot.context.properties.bind.BindableRuntimeHintsRegistrar;

/**
 * What the auto-configuration reaches reflectively, for native images: the properties
 * classes, which are bound, and the optional classes whose presence decides how a
 * publisher or a webhook is built. Registered in {@code META-INF/spring/aot.factories}.
 *
 * @author Event Grid for Spring Boot team
 */
class EventGridAutoConfigurationRuntimeHints implements RuntimeHintsRegistrar {

	/**
	 * Classes looked up by name: azure-core and azure-identity for token credentials, the
	 * CNCF SDK's CloudEvent, and Spring Security's JwtDecoder for Entra ID webhooks.
	 */
	static final List<String> OPTIONAL_CLASSES = List.of("com.azure.core.credential.TokenCredential",
			"com.azure.identity.DefaultAzureCredentialBuilder", "io.cloudevents.CloudEvent",
			"org.springframework.security.oauth2.jwt.JwtDecoder");

	@Override
	public void registerHints(RuntimeHints hints, @Nullable ClassLoader classLoader) {
		BindableRuntimeHintsRegistrar
			.forTypes(EventGridProperties.class, EventGridWebhookProperties.class, EventGridListenerProperties.class,
					EventGridNamespaceProperties.class)
			.registerHints(hints, classLoader);
		OPTIONAL_CLASSES.forEach((name) -> hints.reflection().registerType(TypeReference.of(name)));
	}

}
