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

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Data of the {@code Microsoft.KeyVault.VaultAccessPolicyChanged},
 * {@code Microsoft.KeyVault.CertificateExpired},
 * {@code Microsoft.KeyVault.CertificateNearExpiry},
 * {@code Microsoft.KeyVault.CertificateNewVersionCreated},
 * {@code Microsoft.KeyVault.KeyExpired}, {@code Microsoft.KeyVault.KeyNearExpiry},
 * {@code Microsoft.KeyVault.KeyNewVersionCreated},
 * {@code Microsoft.KeyVault.SecretExpired}, {@code Microsoft.KeyVault.SecretNearExpiry}
 * and {@code Microsoft.KeyVault.SecretNewVersionCreated} events, which all carry these
 * fields.
 *
 * @param id the id
 * @param vaultName the vault name
 * @param objectType the object type
 * @param objectName the object name
 * @param version the version
 * @param nbf the nbf
 * @param exp the exp
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonFormat(with = JsonFormat.Feature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
public record KeyVaultObjectEventData(@JsonProperty("Id") @Nullable String id,
		@JsonProperty("VaultName") @Nullable String vaultName, @JsonProperty("ObjectType") @Nullable String objectType,
		@JsonProperty("ObjectName") @Nullable String objectName, @JsonProperty("Version") @Nullable String version,
		@JsonProperty("NBF") @JsonDeserialize(using = LenientLongDeserializer.class) @Nullable Long nbf,
		@JsonProperty("EXP") @JsonDeserialize(using = LenientLongDeserializer.class) @Nullable Long exp)
		implements
			SystemEventData {

}
