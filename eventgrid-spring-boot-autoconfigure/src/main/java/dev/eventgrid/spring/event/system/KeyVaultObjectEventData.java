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

package dev.eventgrid.spring.event.system;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Data of the {@code Microsoft.KeyVault} events: a certificate, key or secret got a new
 * version, nears expiry or expired, or a vault's access policy changed. All ten event
 * types carry this shape. The service writes the member names capitalized ({@code Id},
 * {@code NBF}); {@code nbf} and {@code exp} are read from numbers or from strings holding
 * numbers, as some payloads carry them.
 *
 * @param id the id of the object that triggered the event
 * @param vaultName the name of the key vault
 * @param objectType the type of the object, such as {@code Secret}
 * @param objectName the name of the object
 * @param version the version of the object
 * @param nbf the not-before date, in seconds since the epoch
 * @param exp the expiration date, in seconds since the epoch
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record KeyVaultObjectEventData(@JsonProperty("Id") @JsonAlias("id") @Nullable String id,
		@JsonProperty("VaultName") @JsonAlias("vaultName") @Nullable String vaultName,
		@JsonProperty("ObjectType") @JsonAlias("objectType") @Nullable String objectType,
		@JsonProperty("ObjectName") @JsonAlias("objectName") @Nullable String objectName,
		@JsonProperty("Version") @JsonAlias("version") @Nullable String version,
		@JsonProperty("NBF") @JsonAlias("nbf") @JsonDeserialize(
				using = LenientLongDeserializer.class) @Nullable Long nbf,
		@JsonProperty("EXP") @JsonAlias("exp") @JsonDeserialize(
				using = LenientLongDeserializer.class) @Nullable Long exp)
		implements
			SystemEventData {

	/**
	 * Return the not-before date as an instant.
	 * @return the instant, or {@code null} if the event has none
	 */
	public @Nullable Instant notBefore() {
		return (this.nbf != null) ? Instant.ofEpochSecond(this.nbf) : null;
	}

	/**
	 * Return the expiration date as an instant.
	 * @return the instant, or {@code null} if the event has none
	 */
	public @Nullable Instant expires() {
		return (this.exp != null) ? Instant.ofEpochSecond(this.exp) : null;
	}

}
