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

package dev.eventgrid.spring.autoconfigure.webhook;

import java.util.List;

import dev.eventgrid.spring.autoconfigure.InvalidEventGridConfigurationException;
import dev.eventgrid.spring.webhook.BearerTokenWebhookAuthenticator;

import org.springframework.util.StringUtils;

/**
 * Creates the authenticator of Microsoft Entra ID bearer tokens from
 * {@code eventgrid.webhook.entra.*}; apart so that Spring Security is loaded only when
 * they are set.
 *
 * @author Event Grid for Spring Boot team
 */
final class EntraIdAuthenticatorFactory {

	private static final String LOGIN = "https://login.microsoftonline.com/";

	private EntraIdAuthenticatorFactory() {
	}

	static BearerTokenWebhookAuthenticator create(EventGridWebhookProperties.Entra entra) {
		String tenantId = entra.getTenantId();
		String jwkSetUri = entra.getJwkSetUri();
		List<String> issuers = entra.getIssuers();
		if (!StringUtils.hasText(tenantId) && (!StringUtils.hasText(jwkSetUri) || issuers.isEmpty())) {
			throw new InvalidEventGridConfigurationException("eventgrid.webhook.entra.tenant-id",
					"eventgrid.webhook.entra.audiences is set but the token issuer is unknown",
					"Set eventgrid.webhook.entra.tenant-id, or both eventgrid.webhook.entra.jwk-set-uri and "
							+ "eventgrid.webhook.entra.issuers, to validate Microsoft Entra ID tokens.");
		}
		if (!StringUtils.hasText(jwkSetUri)) {
			jwkSetUri = LOGIN + tenantId + "/discovery/v2.0/keys";
		}
		if (issuers.isEmpty()) {
			issuers = List.of("https://sts.windows.net/" + tenantId + "/", LOGIN + tenantId + "/v2.0");
		}
		return BearerTokenWebhookAuthenticator.entraId(jwkSetUri, issuers, entra.getAudiences());
	}

}
