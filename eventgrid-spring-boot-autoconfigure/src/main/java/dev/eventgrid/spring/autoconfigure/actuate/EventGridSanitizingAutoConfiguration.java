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

package dev.eventgrid.spring.autoconfigure.actuate;

import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/**
 * {@link EnableAutoConfiguration Auto-configuration} that masks Event Grid's secrets
 * (access keys, SAS tokens, client secrets and certificate passwords, for every
 * publisher) in the {@code configprops} and {@code env} endpoints, even where an
 * application shows other values.
 *
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
@AutoConfiguration
@ConditionalOnClass(SanitizingFunction.class)
public final class EventGridSanitizingAutoConfiguration {

	private static final Pattern SECRET = Pattern.compile(
			"^eventgrid\\.(publishers\\.[^.]+\\.)?(key|sas-?token|credential\\.(client-?secret|client-?certificate-?password))$");

	@Bean
	SanitizingFunction eventGridSecretsSanitizingFunction() {
		return SanitizingFunction.sanitizeValue()
			.ifKeyMatches((key) -> SECRET.matcher(key.toLowerCase(Locale.ROOT).replace('_', '-')).matches());
	}

}
