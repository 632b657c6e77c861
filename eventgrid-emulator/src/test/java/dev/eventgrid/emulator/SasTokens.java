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

package dev.eventgrid.emulator;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * SAS token generators written the way the Python SDK and the .NET documentation sample
 * write them, to prove the emulator accepts every producer and not just the Java SDK.
 *
 * @author Event Grid for Spring Boot team
 */
final class SasTokens {

	private static final String PYTHON_SAFE = "_.-~" + "~()*!.'";

	private static final String DOTNET_SAFE = "-_.!*()";

	private SasTokens() {
	}

	/**
	 * Like {@code azure.eventgrid.generate_sas}: {@code ?apiVersion=} appended,
	 * {@code urllib.parse.quote} encoding ({@code %20}, upper-case hex) and
	 * {@code str(datetime)} as the expiry.
	 */
	static String python(String endpoint, String key, OffsetDateTime expiry) {
		String resource = encode(endpoint + "?apiVersion=2018-01-01", PYTHON_SAFE, false, false);
		OffsetDateTime utc = expiry.withOffsetSameInstant(ZoneOffset.UTC);
		String micros = (utc.getNano() / 1000 != 0) ? String.format(".%06d", utc.getNano() / 1000) : "";
		String expiryText = utc.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")) + micros + "+00:00";
		String unsigned = "r=" + resource + "&e=" + encode(expiryText, PYTHON_SAFE, false, false);
		return unsigned + "&s=" + encode(sign(unsigned, key), PYTHON_SAFE, false, false);
	}

	/**
	 * Like the C# sample of the Event Grid documentation: no api-version,
	 * {@code HttpUtility.UrlEncode} ({@code +} for space, lower-case hex) and an en-US
	 * expiry such as {@code 6/15/2017 6:20:15 PM}.
	 */
	static String dotnet(String endpoint, String key, OffsetDateTime expiry) {
		String resource = encode(endpoint, DOTNET_SAFE, true, true);
		String expiryText = expiry.withOffsetSameInstant(ZoneOffset.UTC)
			.format(DateTimeFormatter.ofPattern("M/d/yyyy h:mm:ss a", Locale.US));
		String unsigned = "r=" + resource + "&e=" + encode(expiryText, DOTNET_SAFE, true, true);
		return unsigned + "&s=" + encode(sign(unsigned, key), DOTNET_SAFE, true, true);
	}

	static String sign(String unsigned, String key) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(Base64.getDecoder().decode(key), "HmacSHA256"));
			return Base64.getEncoder().encodeToString(mac.doFinal(unsigned.getBytes(StandardCharsets.UTF_8)));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(String text, String safe, boolean lowerHex, boolean spaceAsPlus) {
		StringBuilder encoded = new StringBuilder();
		for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
			char c = (char) (b & 0xFF);
			if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || safe.indexOf(c) >= 0) {
				encoded.append(c);
			}
			else if (c == ' ' && spaceAsPlus) {
				encoded.append('+');
			}
			else {
				String hex = String.format("%%%02X", b & 0xFF);
				encoded.append(lowerHex ? hex.toLowerCase(Locale.ROOT) : hex);
			}
		}
		return encoded.toString();
	}

}
