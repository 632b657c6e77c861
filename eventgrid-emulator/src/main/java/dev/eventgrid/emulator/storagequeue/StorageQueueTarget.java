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
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A queue of a real storage account (Azurite or Azure) that a subscription delivers to,
 * and the two Queue service requests the emulator sends it: Put Message, with the message
 * text in {@code <QueueMessage><MessageText>}, and Create Queue when the queue is
 * missing. Requests carry {@code x-ms-date}, {@code x-ms-version} and Shared Key
 * authorization, or the connection string's SAS token in the query.
 *
 * @author Event Grid for Spring Boot team
 */
public final class StorageQueueTarget {

	/**
	 * The Queue service version the emulator speaks.
	 */
	public static final String API_VERSION = "2021-12-02";

	private static final Pattern QUEUE_NAME = Pattern.compile("[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]");

	private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter
		.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US)
		.withZone(ZoneOffset.UTC);

	private final StorageConnectionString connection;

	private final String queueName;

	private final @Nullable SharedKeySigner signer;

	private StorageQueueTarget(StorageConnectionString connection, String queueName) {
		this.connection = connection;
		this.queueName = queueName;
		byte[] key = connection.accountKey();
		this.signer = (key != null) ? new SharedKeySigner(connection.accountName(), key) : null;
	}

	/**
	 * Create a target from a connection string and a queue name.
	 * @param connectionString the storage account's connection string
	 * @param queueName the queue: 3 to 63 lower-case letters, digits and single hyphens,
	 * starting and ending with a letter or digit
	 * @return the target
	 * @throws IllegalArgumentException if the connection string or the name is invalid
	 */
	public static StorageQueueTarget of(String connectionString, String queueName) {
		Objects.requireNonNull(connectionString, "'connectionString' must not be null");
		if (queueName == null || !QUEUE_NAME.matcher(queueName).matches()) {
			throw new IllegalArgumentException("Invalid storage queue name '" + queueName + "': use 3 to 63 lower-case "
					+ "letters, digits and single hyphens, starting and ending with a letter or digit");
		}
		return new StorageQueueTarget(StorageConnectionString.parse(connectionString), queueName);
	}

	/**
	 * Return the queue name.
	 * @return the queue name
	 */
	public String queueName() {
		return this.queueName;
	}

	/**
	 * Return the storage account.
	 * @return the parsed connection string
	 */
	public StorageConnectionString connection() {
		return this.connection;
	}

	/**
	 * Return the URL of the queue, which holds no credential.
	 * @return such as {@code http://127.0.0.1:10001/devstoreaccount1/orders}
	 */
	public String description() {
		return this.connection.queueEndpoint() + "/" + this.queueName;
	}

	/**
	 * Return the Put Message request for one message.
	 * @param messageText the message text as it should be stored, such as Base64 of an
	 * event; it is XML-escaped here
	 * @param now the time of the request
	 * @return the request
	 */
	public StorageRequest putMessage(String messageText, Instant now) {
		String xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?><QueueMessage><MessageText>" + escapeXml(messageText)
				+ "</MessageText></QueueMessage>";
		return request("POST", "/" + this.queueName + "/messages", xml.getBytes(StandardCharsets.UTF_8), now);
	}

	/**
	 * Return the Create Queue request.
	 * @param now the time of the request
	 * @return the request
	 */
	public StorageRequest createQueue(Instant now) {
		return request("PUT", "/" + this.queueName, new byte[0], now);
	}

	/**
	 * Return whether an answer says that the queue does not exist.
	 * @param status the status code
	 * @param errorCode the {@code x-ms-error-code} header, or {@code null}
	 * @param body the response body
	 * @return {@code true} for a 404 {@code QueueNotFound}
	 */
	public static boolean isQueueNotFound(int status, @Nullable String errorCode, String body) {
		return status == 404 && ("QueueNotFound".equals(errorCode) || body.contains("<Code>QueueNotFound</Code>"));
	}

	private StorageRequest request(String method, String path, byte[] body, Instant now) {
		String sas = this.connection.sharedAccessSignature();
		URI uri = URI.create(this.connection.queueEndpoint() + path + ((sas != null) ? "?" + sas : ""));
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("x-ms-date", HTTP_DATE.format(now));
		headers.put("x-ms-version", API_VERSION);
		headers.put("Content-Length", Integer.toString(body.length));
		if (body.length > 0) {
			headers.put("Content-Type", "application/xml; charset=utf-8");
		}
		if (this.signer != null) {
			headers.put("Authorization", this.signer.authorization(method, uri, headers));
		}
		return new StorageRequest(method, uri, headers, body);
	}

	private static String escapeXml(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

	@Override
	public String toString() {
		return "StorageQueueTarget[" + description() + "]";
	}

	/**
	 * A request to the Queue service.
	 *
	 * @param method the HTTP method
	 * @param uri the URL, with the SAS token of the connection string if it has one
	 * @param headers the headers, {@code Authorization} included
	 * @param body the body, empty for none
	 */
	public record StorageRequest(String method, URI uri, Map<String, String> headers, byte[] body) {

		@Override
		public String toString() {
			return "StorageRequest[" + this.method + " " + this.uri.getScheme() + "://" + this.uri.getAuthority()
					+ this.uri.getRawPath() + "]";
		}

	}

}
