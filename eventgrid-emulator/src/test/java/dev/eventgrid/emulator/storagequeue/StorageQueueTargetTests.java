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
import java.util.Base64;

import com.azure.storage.common.StorageSharedKeyCredential;
import dev.eventgrid.emulator.storagequeue.StorageQueueTarget.StorageRequest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link StorageQueueTarget}, {@link SharedKeySigner} and
 * {@link StorageConnectionString}: the emulator's Shared Key signatures must equal those
 * of the Azure Storage SDK's {@link StorageSharedKeyCredential}.
 *
 * @author Event Grid for Spring Boot team
 */
class StorageQueueTargetTests {

	private static final String KEY = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

	private static final String AZURITE = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=" + KEY
			+ ";QueueEndpoint=http://127.0.0.1:10001/devstoreaccount1;";

	private static final Instant NOW = Instant.parse("2026-03-05T07:08:09Z");

	@Test
	void signsPutMessageAsTheStorageSdkDoes() throws Exception {
		StorageRequest request = StorageQueueTarget.of(AZURITE, "orders").putMessage("eyJpZCI6IjEifQ==", NOW);
		assertThat(request.method()).isEqualTo("POST");
		assertThat(request.uri()).hasToString("http://127.0.0.1:10001/devstoreaccount1/orders/messages");
		assertThat(request.headers()).containsEntry("x-ms-date", "Thu, 05 Mar 2026 07:08:09 GMT")
			.containsEntry("x-ms-version", StorageQueueTarget.API_VERSION)
			.containsEntry("Content-Type", "application/xml; charset=utf-8");
		assertThat(new String(request.body(), StandardCharsets.UTF_8))
			.endsWith("<QueueMessage><MessageText>eyJpZCI6IjEifQ==</MessageText></QueueMessage>");
		assertThat(request.headers().get("Authorization")).isEqualTo(sdkAuthorization(request, "devstoreaccount1"));
	}

	@Test
	void signsCreateQueueWithAnEmptyContentLengthAsTheStorageSdkDoes() throws Exception {
		StorageRequest request = StorageQueueTarget.of(AZURITE, "orders").createQueue(NOW);
		assertThat(request.method()).isEqualTo("PUT");
		assertThat(request.headers()).containsEntry("Content-Length", "0").doesNotContainKey("Content-Type");
		assertThat(request.headers().get("Authorization")).isEqualTo(sdkAuthorization(request, "devstoreaccount1"));
	}

	@Test
	void signsRequestsToAzureWithAQueryAsTheStorageSdkDoes() throws Exception {
		String connectionString = "DefaultEndpointsProtocol=https;AccountName=contoso;AccountKey=" + KEY
				+ ";EndpointSuffix=core.windows.net";
		StorageQueueTarget target = StorageQueueTarget.of(connectionString, "order-events");
		assertThat(target.description()).isEqualTo("https://contoso.queue.core.windows.net/order-events");
		StorageRequest request = target.putMessage("a & <b>", NOW);
		assertThat(new String(request.body(), StandardCharsets.UTF_8)).contains("a &amp; &lt;b&gt;");
		assertThat(request.headers().get("Authorization")).isEqualTo(sdkAuthorization(request, "contoso"));
		SharedKeySigner signer = new SharedKeySigner("contoso", Base64.getDecoder().decode(KEY));
		URI withQuery = URI.create(request.uri() + "?visibilitytimeout=0&messagettl=-1");
		assertThat(signer.authorization("POST", withQuery, request.headers()))
			.isEqualTo(new StorageSharedKeyCredential("contoso", KEY).generateAuthorizationHeader(withQuery.toURL(),
					"POST", request.headers()));
	}

	@Test
	void readsTheDevelopmentStorageShortcutAndSasTokens() {
		StorageQueueTarget development = StorageQueueTarget.of("UseDevelopmentStorage=true", "orders");
		assertThat(development.description()).isEqualTo("http://127.0.0.1:10001/devstoreaccount1/orders");
		StorageQueueTarget sas = StorageQueueTarget.of(
				"QueueEndpoint=https://contoso.queue.core.windows.net/;AccountName=contoso;SharedAccessSignature=sv=2022-11-02&sig=abc",
				"orders");
		StorageRequest request = sas.putMessage("x", NOW);
		assertThat(request.uri().getRawQuery()).isEqualTo("sv=2022-11-02&sig=abc");
		assertThat(request.headers()).doesNotContainKey("Authorization");
		assertThat(request.toString()).doesNotContain("sig=abc");
	}

	@Test
	void refusesInvalidConnectionStringsAndQueueNamesWithoutRepeatingTheKey() {
		assertThatIllegalArgumentException().isThrownBy(() -> StorageQueueTarget.of(AZURITE, "Orders"))
			.withMessageContaining("Invalid storage queue name 'Orders'");
		assertThatIllegalArgumentException().isThrownBy(() -> StorageQueueTarget.of(AZURITE, "a--b"))
			.withMessageContaining("single hyphens");
		assertThatIllegalArgumentException().isThrownBy(() -> StorageQueueTarget.of("AccountKey=" + KEY, "orders"))
			.withMessageContaining("no AccountName")
			.withMessageNotContaining(KEY);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> StorageQueueTarget.of("AccountName=contoso;AccountKey=not base64!", "orders"))
			.withMessageContaining("is not Base64")
			.withMessageNotContaining("not base64!");
		assertThatIllegalArgumentException().isThrownBy(() -> StorageQueueTarget.of("AccountName=contoso", "orders"))
			.withMessageContaining("neither an AccountKey nor a SharedAccessSignature");
		assertThat(StorageConnectionString.parse(AZURITE).toString()).doesNotContain(KEY).contains("[redacted]");
	}

	private static String sdkAuthorization(StorageRequest request, String account) throws Exception {
		return new StorageSharedKeyCredential(account, KEY).generateAuthorizationHeader(request.uri().toURL(),
				request.method(), request.headers());
	}

}
