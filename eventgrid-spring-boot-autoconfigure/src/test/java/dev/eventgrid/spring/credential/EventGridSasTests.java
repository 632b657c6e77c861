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

package dev.eventgrid.spring.credential;

import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Locale;
import java.util.TimeZone;
import java.util.function.Supplier;
import java.util.stream.Stream;

import com.azure.core.credential.AzureKeyCredential;
import com.azure.messaging.eventgrid.EventGridPublisherClient;
import com.azure.messaging.eventgrid.EventGridServiceVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link EventGridSas}, against the Azure SDK for Java's own generator in an
 * English locale: the SDK fixes its expiry format, AM/PM markers included, in the default
 * locale when its class loads, so the comparison holds in a build whose JVM starts in an
 * English locale, and ours is compared under other default locales.
 *
 * @author Event Grid for Spring Boot team
 */
class EventGridSasTests {

	private static final String KEY = randomKey();

	static Stream<Arguments> combinations() {
		return Stream.of(
				Arguments.of("https://orders.westus2-1.eventgrid.azure.net/api/events", KEY,
						OffsetDateTime.of(2099, 1, 5, 3, 4, 5, 123456789, ZoneOffset.ofHours(-8)), Locale.US, "UTC"),
				Arguments.of("https://orders.westus2-1.eventgrid.azure.net/api/events", randomKey(),
						OffsetDateTime.of(2099, 12, 31, 23, 59, 59, 0, ZoneOffset.UTC), Locale.GERMANY,
						"Europe/Berlin"),
				Arguments.of("https://audit.northeurope-1.eventgrid.azure.net/api/events", randomKey(),
						OffsetDateTime.of(2099, 6, 1, 0, 0, 0, 0, ZoneOffset.ofHoursMinutes(5, 30)), Locale.JAPAN,
						"Asia/Tokyo"),
				Arguments.of("https://localhost:8443/topics/orders/api/events", randomKey(),
						OffsetDateTime.of(2098, 7, 4, 12, 0, 0, 999, ZoneOffset.UTC), Locale.forLanguageTag("ar-SA"),
						"Asia/Riyadh"),
				Arguments.of("http://127.0.0.1:1234/domains/retail/api/events", randomKey(),
						OffsetDateTime.of(2097, 2, 28, 0, 9, 9, 0, ZoneOffset.ofHours(14)),
						Locale.forLanguageTag("tr-TR"), "Pacific/Chatham"),
				Arguments.of("https://my-topic.westus2-1.eventgrid.azure.net/api/events?x=1&y=ü z", randomKey(),
						OffsetDateTime.of(2096, 10, 10, 10, 10, 10, 10, ZoneOffset.ofHours(-3)),
						Locale.forLanguageTag("zh-CN"), "America/Los_Angeles"),
				Arguments.of("https://orders.westus2-1.eventgrid.azure.net/api/events", randomKey(),
						OffsetDateTime.now().plusMinutes(5), Locale.forLanguageTag("hi-IN"), "Asia/Kolkata"));
	}

	@ParameterizedTest
	@MethodSource("combinations")
	void tokenEqualsTheAzureSdkTokenInAnEnglishLocaleWhateverOurDefaultLocaleAndZone(String endpoint, String key,
			OffsetDateTime expiry, Locale locale, String zone) {
		String expected = withDefaults(Locale.US, "UTC",
				() -> EventGridPublisherClient.generateSas(endpoint, new AzureKeyCredential(key), expiry));
		String ours = withDefaults(locale, zone, () -> EventGridSas.generateSas(endpoint, key, expiry));
		assertThat(ours).isEqualTo(expected);
	}

	@ParameterizedTest
	@MethodSource("combinations")
	void tokenEqualsTheAzureSdkTokenForTheExplicitApiVersion(String endpoint, String key, OffsetDateTime expiry) {
		String expected = withDefaults(Locale.US, "UTC", () -> EventGridPublisherClient.generateSas(endpoint,
				new AzureKeyCredential(key), expiry, EventGridServiceVersion.V2018_01_01));
		assertThat(EventGridSas.generateSas(endpoint, key, expiry, "2018-01-01")).isEqualTo(expected);
	}

	@Test
	void tokenHasResourceExpiryAndSignatureInOrder() {
		OffsetDateTime expiry = OffsetDateTime.of(2099, 6, 15, 18, 20, 5, 0, ZoneOffset.UTC);
		String token = EventGridSas.generateSas("https://t.westus2-1.eventgrid.azure.net/api/events", KEY, expiry);
		assertThat(token).startsWith("r=https%3A%2F%2Ft.westus2-1.eventgrid.azure.net%2Fapi%2Fevents"
				+ "%3Fapi-version%3D2018-01-01&e=6%2F15%2F2099+6%3A20%3A5+PM&s=");
		assertThat(token).doesNotContain(KEY);
	}

	@Test
	void blankEndpointIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> EventGridSas.generateSas(" ", KEY, future()))
			.withMessageStartingWith("SAS endpoint must not be blank");
	}

	@Test
	void relativeEndpointIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> EventGridSas.generateSas("/api/events", KEY, future()))
			.withMessageContaining("is not an absolute http(s) URL");
	}

	@Test
	void keyThatIsNotBase64IsRefusedWithoutShowingIt() {
		String key = "not-base64-secret!";
		assertThatIllegalArgumentException()
			.isThrownBy(() -> EventGridSas.generateSas("https://t.eventgrid.azure.net/api/events", key, future()))
			.withMessageStartingWith("SAS key is not valid base64")
			.withMessageNotContaining(key)
			.withNoCause();
	}

	@Test
	void blankKeyIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> EventGridSas.generateSas("https://t.eventgrid.azure.net/api/events", "", future()))
			.withMessageStartingWith("SAS key must not be blank");
	}

	@Test
	void expiryInThePastIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> EventGridSas.generateSas("https://t.eventgrid.azure.net/api/events", KEY,
					OffsetDateTime.now().minusSeconds(1)))
			.withMessageContaining("is not in the future");
	}

	@Test
	void blankApiVersionIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> EventGridSas.generateSas("https://t.eventgrid.azure.net/api/events", KEY, future(), ""))
			.withMessageStartingWith("SAS api-version must not be blank");
	}

	private static OffsetDateTime future() {
		return OffsetDateTime.now().plusHours(1);
	}

	private static String randomKey() {
		byte[] bytes = new byte[32];
		new SecureRandom().nextBytes(bytes);
		return Base64.getEncoder().encodeToString(bytes);
	}

	private static <T> T withDefaults(Locale locale, String zone, Supplier<T> action) {
		Locale previousLocale = Locale.getDefault();
		TimeZone previousZone = TimeZone.getDefault();
		try {
			Locale.setDefault(locale);
			TimeZone.setDefault(TimeZone.getTimeZone(zone));
			return action.get();
		}
		finally {
			Locale.setDefault(previousLocale);
			TimeZone.setDefault(previousZone);
		}
	}

}
