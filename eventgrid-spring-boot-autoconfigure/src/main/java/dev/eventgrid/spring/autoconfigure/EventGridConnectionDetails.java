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

import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.autoconfigure.service.connection.ConnectionDetails;

/**
 * Details required to establish a connection to Event Grid: the endpoint and secret of
 * each publisher. Define a bean of this type to replace what the {@code eventgrid.*}
 * properties say, as the test support does to point publishers at the emulator.
 *
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
public interface EventGridConnectionDetails extends ConnectionDetails {

	/**
	 * Return the names of the publishers these details connect, beyond those the
	 * properties name.
	 * @return the publisher names
	 */
	Set<String> getPublisherNames();

	/**
	 * Return the connection of a publisher.
	 * @param publisher the publisher name, {@code default} for the publisher configured
	 * at {@code eventgrid.*}
	 * @return the connection, or {@code null} if these details do not connect that
	 * publisher
	 */
	@Nullable EventGridConnection getConnection(String publisher);

}
