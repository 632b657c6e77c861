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
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A storage account as an Azure Storage connection string names it: the account, its key
 * (or a SAS token) and the Queue service endpoint. Understands
 * {@code DefaultEndpointsProtocol}, {@code AccountName}, {@code AccountKey},
 * {@code SharedAccessSignature}, {@code QueueEndpoint}, {@code EndpointSuffix} and
 * {@code UseDevelopmentStorage=true} (Azurite on its default port).
 *
 * @author Event Grid for Spring Boot team
 */
public final class StorageConnectionString {

	/**
	 * The account of the storage emulators (Azurite).
	 */
	public static final String DEVELOPMENT_ACCOUNT = "devstoreaccount1";

	// why: the well-known, published key of the storage emulators' development account
	private static final String DEVELOPMENT_KEY = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

	private final String accountName;

	private final byte @Nullable [] accountKey;

	private final @Nullable String sharedAccessSignature;

	private final URI queueEndpoint;

	private StorageConnectionString(String accountName, byte @Nullable [] accountKey,
			@Nullable String sharedAccessSignature, URI queueEndpoint) {
		this.accountName = accountName;
		this.accountKey = accountKey;
		this.sharedAccessSignature = sharedAccessSignature;
		this.queueEndpoint = queueEndpoint;
	}

	/**
	 * Parse a connection string.
	 * @param connectionString the connection string, {@code Name=value} pairs separated
	 * by {@code ;}
	 * @return the parsed connection string
	 * @throws IllegalArgumentException if it names no account, no credential or an
	 * invalid endpoint; the message never repeats the key
	 */
	public static StorageConnectionString parse(String connectionString) {
		Map<String, String> settings = settings(connectionString);
		if ("true".equalsIgnoreCase(settings.get("usedevelopmentstorage"))) {
			return new StorageConnectionString(DEVELOPMENT_ACCOUNT, Base64.getDecoder().decode(DEVELOPMENT_KEY), null,
					URI.create("http://127.0.0.1:10001/" + DEVELOPMENT_ACCOUNT));
		}
		String accountName = settings.get("accountname");
		String key = settings.get("accountkey");
		String sas = settings.get("sharedaccesssignature");
		if (accountName == null) {
			throw new IllegalArgumentException("The storage connection string has no AccountName; copy the whole "
					+ "connection string of the storage account (for Azurite: AccountName=devstoreaccount1)");
		}
		URI endpoint = queueEndpoint(settings, accountName);
		if (key == null && sas == null) {
			throw new IllegalArgumentException("The storage connection string of account '" + accountName
					+ "' has neither an AccountKey nor a SharedAccessSignature");
		}
		return new StorageConnectionString(accountName, (key != null) ? decodeKey(key, accountName) : null,
				(sas != null) ? (sas.startsWith("?") ? sas.substring(1) : sas) : null, endpoint);
	}

	private static Map<String, String> settings(String connectionString) {
		Map<String, String> settings = new LinkedHashMap<>();
		for (String part : connectionString.split(";")) {
			int equals = part.indexOf('=');
			if (part.isBlank()) {
				continue;
			}
			if (equals <= 0) {
				throw new IllegalArgumentException("Invalid storage connection string: '"
						+ part.substring(0, Math.min(part.length(), 24)) + "' is not a Name=value setting");
			}
			settings.put(part.substring(0, equals).trim().toLowerCase(Locale.ROOT), part.substring(equals + 1).trim());
		}
		return settings;
	}

	private static URI queueEndpoint(Map<String, String> settings, String accountName) {
		String explicit = settings.get("queueendpoint");
		String text = (explicit != null) ? explicit : settings.getOrDefault("defaultendpointsprotocol", "https") + "://"
				+ accountName + ".queue." + settings.getOrDefault("endpointsuffix", "core.windows.net");
		try {
			URI uri = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
			if (uri.getHost() == null
					|| !("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))) {
				throw new IllegalArgumentException("not an absolute http or https URL");
			}
			return uri;
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException(
					"Invalid queue endpoint '" + text + "' in the storage connection " + "string: " + ex.getMessage()
							+ "; set QueueEndpoint=http://127.0.0.1:10001/devstoreaccount1 " + "for Azurite",
					ex);
		}
	}

	private static byte[] decodeKey(String key, String accountName) {
		try {
			return Base64.getDecoder().decode(key);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException(
					"The AccountKey of storage account '" + accountName + "' is not Base64; copy it unchanged", ex);
		}
	}

	/**
	 * Return the account name, which Shared Key authorization signs.
	 * @return the account name
	 */
	public String accountName() {
		return this.accountName;
	}

	/**
	 * Return the Queue service endpoint, such as
	 * {@code http://127.0.0.1:10001/devstoreaccount1}.
	 * @return the endpoint, without a trailing slash
	 */
	public URI queueEndpoint() {
		return this.queueEndpoint;
	}

	byte @Nullable [] accountKey() {
		return (this.accountKey != null) ? this.accountKey.clone() : null;
	}

	@Nullable String sharedAccessSignature() {
		return this.sharedAccessSignature;
	}

	@Override
	public String toString() {
		return "StorageConnectionString[account=" + this.accountName + ", queueEndpoint=" + this.queueEndpoint
				+ ", credential=" + ((this.accountKey != null) ? "AccountKey" : "SharedAccessSignature")
				+ " [redacted]]";
	}

}
