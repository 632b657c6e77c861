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

package dev.eventgrid.benchmarks;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.util.concurrent.atomic.AtomicLong;

import com.azure.core.http.HttpClient;
import com.azure.core.http.HttpHeaders;
import com.azure.core.http.HttpRequest;
import com.azure.core.http.HttpResponse;
import com.azure.core.util.BinaryData;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * An Azure SDK {@link HttpClient} that keeps everything the SDK's pipeline does except
 * the socket: it takes each request body, counting its bytes, and answers {@code 200}.
 * The counterpart of {@link InMemoryConnector} for the SDK.
 *
 * @author Event Grid for Spring Boot team
 */
public final class InMemoryAzureHttpClient implements HttpClient {

	private final AtomicLong bytes = new AtomicLong();

	@Override
	public Mono<HttpResponse> send(HttpRequest request) {
		return Mono.fromSupplier(() -> {
			BinaryData body = request.getBodyAsBinaryData();
			if (body != null) {
				this.bytes.addAndGet(body.toByteBuffer().remaining());
			}
			return new OkResponse(request);
		});
	}

	/**
	 * Return the body bytes taken so far.
	 * @return the byte count
	 */
	public long bytes() {
		return this.bytes.get();
	}

	private static final class OkResponse extends HttpResponse {

		private final HttpHeaders headers = new HttpHeaders();

		OkResponse(HttpRequest request) {
			super(request);
		}

		@Override
		public int getStatusCode() {
			return 200;
		}

		@Override
		@Deprecated
		public String getHeaderValue(String name) {
			return this.headers.getValue(name);
		}

		@Override
		public HttpHeaders getHeaders() {
			return this.headers;
		}

		@Override
		public Flux<ByteBuffer> getBody() {
			return Flux.empty();
		}

		@Override
		public Mono<byte[]> getBodyAsByteArray() {
			return Mono.empty();
		}

		@Override
		public Mono<String> getBodyAsString() {
			return Mono.empty();
		}

		@Override
		public Mono<String> getBodyAsString(Charset charset) {
			return Mono.empty();
		}

	}

}
