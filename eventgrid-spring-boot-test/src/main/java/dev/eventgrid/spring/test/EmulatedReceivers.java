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

package dev.eventgrid.spring.test;

import java.util.function.Supplier;

import dev.eventgrid.emulator.EventGridEmulator;
import dev.eventgrid.emulator.namespace.EmulatedNamespace;
import dev.eventgrid.spring.autoconfigure.EventGridPublisherProperties;
import dev.eventgrid.spring.autoconfigure.namespace.EventGridNamespaceProperties;
import dev.eventgrid.spring.autoconfigure.namespace.EventGridReceiverProperties;

import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Points every receiver of {@code eventgrid.receivers.<name>.*} at the emulated
 * namespace, once the properties are bound: its endpoint (plain HTTP on loopback) and key
 * replace those configured, and any other credential is dropped.
 *
 * @author Event Grid for Spring Boot team
 */
class EmulatedReceivers implements BeanPostProcessor {

	private final Supplier<EventGridEmulator> emulator;

	EmulatedReceivers(Supplier<EventGridEmulator> emulator) {
		this.emulator = emulator;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof EventGridNamespaceProperties properties && !properties.getReceivers().isEmpty()) {
			// None is declared when no receiver names a topic and subscription, which the
			// auto-configuration then reports.
			this.emulator.get()
				.namespaces()
				.stream()
				.filter((namespace) -> namespace.name().equals(EmulatedTopics.NAMESPACE))
				.findFirst()
				.ifPresent((namespace) -> properties.getReceivers()
					.values()
					.forEach((receiver) -> pointAt(namespace, receiver)));
		}
		return bean;
	}

	private static void pointAt(EmulatedNamespace namespace, EventGridReceiverProperties receiver) {
		receiver.setEndpoint(namespace.httpEndpoint());
		receiver.setKey(namespace.key());
		receiver.setSasToken(null);
		EventGridPublisherProperties.Credential credential = receiver.getCredential();
		credential.setClientId(null);
		credential.setClientSecret(null);
		credential.setClientCertificatePath(null);
		credential.setManagedIdentityEnabled(null);
		credential.setTokenCredentialBeanName(null);
	}

}
