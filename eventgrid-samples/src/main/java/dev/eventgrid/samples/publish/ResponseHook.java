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

package dev.eventgrid.samples.publish;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import reactor.core.publisher.Mono;

import org.springframework.boot.webclient.WebClientCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Sees every HTTP response the publishers receive. The publishers send through the
 * application's {@code WebClient.Builder}, so a {@link WebClientCustomizer} bean can add
 * a filter to them, as it can to any other {@code WebClient} of the application.
 *
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
@Component
public class ResponseHook implements WebClientCustomizer {

	private final List<String> responses = new CopyOnWriteArrayList<>();

	@Override
	public void customize(WebClient.Builder builder) {
		builder.filter(ExchangeFilterFunction.ofResponseProcessor(this::record));
	}

	private Mono<ClientResponse> record(ClientResponse response) {
		String requestId = response.headers().asHttpHeaders().getFirst("x-ms-request-id");
		this.responses.add("HTTP " + response.statusCode().value() + ", x-ms-request-id " + requestId);
		return Mono.just(response);
	}

	/**
	 * Return the responses seen since the last call, and forget them.
	 * @return one line per response: the status code and the service's request id
	 */
	public List<String> takeResponses() {
		List<String> taken = List.copyOf(this.responses);
		this.responses.removeAll(taken);
		return taken;
	}

}
