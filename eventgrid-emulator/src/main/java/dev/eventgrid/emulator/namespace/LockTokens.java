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

package dev.eventgrid.emulator.namespace;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Makes and recognizes lock tokens: padded base64 of a two-byte marker and sixteen random
 * bytes, shaped like the service's own base64 tokens. Text that is not such a token is
 * malformed ({@code BadToken}); a well-formed token without a live lock is lost
 * ({@code TokenLost}).
 *
 * @author Event Grid for Spring Boot team
 */
final class LockTokens {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final int LENGTH = 18;

	private LockTokens() {
	}

	static String next() {
		byte[] bytes = new byte[LENGTH];
		RANDOM.nextBytes(bytes);
		bytes[0] = 'E';
		bytes[1] = 'G';
		return Base64.getEncoder().encodeToString(bytes);
	}

	static boolean isWellFormed(String token) {
		try {
			byte[] bytes = Base64.getDecoder().decode(token);
			return bytes.length == LENGTH && bytes[0] == 'E' && bytes[1] == 'G';
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

}
