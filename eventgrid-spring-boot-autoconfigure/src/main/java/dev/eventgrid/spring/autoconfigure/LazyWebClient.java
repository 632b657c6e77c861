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

package dev.eventgrid.spring.autoconfigure;

import java.util.function.Supplier;

import org.springframework.http.HttpMethod;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * A {@link WebClient} that builds its delegate on first use. The publishers get one at
 * startup, but Spring Boot's {@code WebClient.Builder} creates the Reactor Netty
 * connector, which takes a hundred milliseconds or more; this defers that to the first
 * send.
 *
 * @author Event Grid for Spring Boot team
 */
final class LazyWebClient implements WebClient {

	private final Supplier<WebClient> delegate;

	LazyWebClient(Supplier<WebClient> delegate) {
		this.delegate = SingletonSupplier.of(delegate);
	}

	@Override
	public RequestHeadersUriSpec<?> get() {
		return this.delegate.get().get();
	}

	@Override
	public RequestHeadersUriSpec<?> head() {
		return this.delegate.get().head();
	}

	@Override
	public RequestBodyUriSpec post() {
		return this.delegate.get().post();
	}

	@Override
	public RequestBodyUriSpec put() {
		return this.delegate.get().put();
	}

	@Override
	public RequestBodyUriSpec patch() {
		return this.delegate.get().patch();
	}

	@Override
	public RequestHeadersUriSpec<?> delete() {
		return this.delegate.get().delete();
	}

	@Override
	public RequestHeadersUriSpec<?> options() {
		return this.delegate.get().options();
	}

	@Override
	public RequestBodyUriSpec method(HttpMethod method) {
		return this.delegate.get().method(method);
	}

	@Override
	public Builder mutate() {
		return this.delegate.get().mutate();
	}

}
