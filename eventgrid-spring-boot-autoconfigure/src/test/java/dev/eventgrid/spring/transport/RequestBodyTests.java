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

package dev.eventgrid.spring.transport;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import org.springframework.http.HttpMethod;
import org.springframework.mock.http.client.reactive.MockClientHttpRequest;
import org.springframework.web.reactive.function.BodyInserter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/**
 * Tests for {@link RequestBody} and {@link BodyBuffers}: chunks go back to the pool only
 * when no write of the body can still read them.
 *
 * @author Event Grid for Spring Boot team
 */
class RequestBodyTests {

	private final BodyBuffers buffers = new BodyBuffers(1024 * 1024);

	@Test
	void givesChunksBackAfterEveryWriteCompleted() {
		RequestBody body = body("[{\"id\":\"1\"}]");
		MockClientHttpRequest request = new MockClientHttpRequest(HttpMethod.POST, "/api/events");
		StepVerifier.create(insert(body, request)).verifyComplete();
		assertThat(request.getBodyAsString().block()).isEqualTo("[{\"id\":\"1\"}]");
		body.recycle();
		assertThat(this.buffers.held()).isPositive();
		assertThat(body.size()).isEqualTo(12);
	}

	@Test
	void keepsChunksOfAFailedWrite() {
		RequestBody body = body("[{\"id\":\"1\"}]");
		MockClientHttpRequest request = new MockClientHttpRequest(HttpMethod.POST, "/api/events");
		request.setWriteHandler((data) -> Mono.error(new IllegalStateException("connection reset")));
		StepVerifier.create(insert(body, request)).verifyError(IllegalStateException.class);
		body.recycle();
		assertThat(this.buffers.held()).isZero();
	}

	@Test
	void keepsChunksOfACancelledWrite() {
		RequestBody body = body("[{\"id\":\"1\"}]");
		MockClientHttpRequest request = new MockClientHttpRequest(HttpMethod.POST, "/api/events");
		request.setWriteHandler((data) -> Mono.never());
		StepVerifier.create(insert(body, request)).expectSubscription().thenCancel().verify(Duration.ofSeconds(1));
		body.recycle();
		assertThat(this.buffers.held()).isZero();
	}

	@Test
	void keepsChunksOfAWriteThatHasNotCompleted() {
		RequestBody body = body("[{\"id\":\"1\"}]");
		MockClientHttpRequest request = new MockClientHttpRequest(HttpMethod.POST, "/api/events");
		request.setWriteHandler((data) -> Mono.never());
		insert(body, request).subscribe();
		body.recycle();
		assertThat(this.buffers.held()).isZero();
	}

	@Test
	void reusesAGivenBackChunkOfAFittingSize() {
		RequestBody first = body("x".repeat(2000));
		StepVerifier.create(insert(first, new MockClientHttpRequest(HttpMethod.POST, "/"))).verifyComplete();
		first.recycle();
		long held = this.buffers.held();
		assertThat(held).isGreaterThanOrEqualTo(2000);
		byte[] reused = this.buffers.take(2000);
		assertThat(reused).hasSizeGreaterThanOrEqualTo(2000);
		assertThat(this.buffers.held()).isZero();
		this.buffers.give(List.of(reused));
		assertThat(this.buffers.take(100)).hasSize(100);
	}

	@Test
	void holdsNoMoreThanItsLimit() {
		BodyBuffers small = new BodyBuffers(1000);
		small.give(List.of(new byte[600], new byte[600]));
		assertThat(small.held()).isEqualTo(600);
	}

	private RequestBody body(String json) {
		RequestBody body = new RequestBody(this.buffers);
		byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
		body.write(bytes, 0, bytes.length);
		return body;
	}

	private static Mono<Void> insert(RequestBody body, MockClientHttpRequest request) {
		BodyInserter.Context context = mock(BodyInserter.Context.class);
		return body.inserter().insert(request, context);
	}

}
