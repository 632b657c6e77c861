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

package dev.eventgrid.emulator.storagequeue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.netty.handler.codec.http.QueryStringDecoder;

/**
 * Signs a Queue service request with Shared Key, as "Authorize with Shared Key" in the
 * Azure Storage REST documentation describes it for version 2009-09-19 and later: the
 * verb, the standard headers (an empty {@code Content-Length} when the body is empty),
 * the canonicalized {@code x-ms-*} headers and the canonicalized resource, signed with
 * HMAC-SHA256 under the Base64-decoded account key.
 *
 * @author Event Grid for Spring Boot team
 */
public final class SharedKeySigner {

	private static final List<String> STANDARD_HEADERS = List.of("Content-Encoding", "Content-Language",
			"Content-Length", "Content-MD5", "Content-Type", "Date", "If-Modified-Since", "If-Match", "If-None-Match",
			"If-Unmodified-Since", "Range");

	private final String accountName;

	private final SecretKeySpec key;

	/**
	 * Create a signer.
	 * @param accountName the storage account name
	 * @param accountKey the account key, Base64-decoded
	 */
	public SharedKeySigner(String accountName, byte[] accountKey) {
		this.accountName = accountName;
		this.key = new SecretKeySpec(accountKey, "HmacSHA256");
	}

	/**
	 * Return the {@code Authorization} header value of a request.
	 * @param method the HTTP method
	 * @param uri the request URL, with its query
	 * @param headers the request headers, names in any case
	 * @return {@code SharedKey <account>:<signature>}
	 */
	public String authorization(String method, URI uri, Map<String, String> headers) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.key);
			byte[] signature = mac.doFinal(stringToSign(method, uri, headers).getBytes(StandardCharsets.UTF_8));
			return "SharedKey " + this.accountName + ":" + Base64.getEncoder().encodeToString(signature);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA256 is not available", ex);
		}
	}

	String stringToSign(String method, URI uri, Map<String, String> headers) {
		Map<String, String> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		byName.putAll(headers);
		StringBuilder text = new StringBuilder(method.toUpperCase(Locale.ROOT)).append('\n');
		for (String name : STANDARD_HEADERS) {
			String value = byName.getOrDefault(name, "");
			text.append(("Content-Length".equals(name) && "0".equals(value)) ? "" : value).append('\n');
		}
		Map<String, String> msHeaders = new TreeMap<>();
		byName.forEach((name, value) -> {
			String lowerCase = name.toLowerCase(Locale.ROOT);
			if (lowerCase.startsWith("x-ms-")) {
				msHeaders.put(lowerCase, value.trim().replaceAll("\\s+", " "));
			}
		});
		msHeaders.forEach((name, value) -> text.append(name).append(':').append(value).append('\n'));
		return text.append(canonicalizedResource(uri)).toString();
	}

	private String canonicalizedResource(URI uri) {
		String path = uri.getRawPath();
		StringBuilder resource = new StringBuilder("/").append(this.accountName)
			.append((path == null || path.isEmpty()) ? "/" : path);
		Map<String, List<String>> parameters = new TreeMap<>();
		if (uri.getRawQuery() != null) {
			new QueryStringDecoder(uri).parameters()
				.forEach((name, values) -> parameters
					.computeIfAbsent(name.toLowerCase(Locale.ROOT), (key) -> new ArrayList<>())
					.addAll(values));
		}
		parameters.forEach((name, values) -> resource.append('\n')
			.append(name)
			.append(':')
			.append(String.join(",", values.stream().sorted().toList())));
		return resource.toString();
	}

}
