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

package dev.eventgrid.samples.emulator;

import java.time.OffsetDateTime;

import com.azure.core.credential.AccessToken;
import com.azure.core.credential.TokenCredential;
import com.azure.core.credential.TokenRequestContext;
import dev.eventgrid.emulator.EventGridEmulator;
import reactor.core.publisher.Mono;

/**
 * A {@link TokenCredential} whose tokens the emulator accepts, standing in for Entra ID
 * (and {@code DefaultAzureCredential}) when the samples run against the emulator.
 *
 * @author Event Grid for Spring Boot team
 */
class EmulatorTokenCredential implements TokenCredential {

	private final EventGridEmulator emulator;

	EmulatorTokenCredential(EventGridEmulator emulator) {
		this.emulator = emulator;
	}

	@Override
	public Mono<AccessToken> getToken(TokenRequestContext request) {
		// The emulator's tokens are valid for an hour; say a little less.
		return Mono.fromSupplier(
				() -> new AccessToken(this.emulator.issueAccessToken(), OffsetDateTime.now().plusMinutes(55)));
	}

}
