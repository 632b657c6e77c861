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

package dev.eventgrid.spring.core;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import dev.eventgrid.spring.event.CloudEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.netty.DisposableServer;
import reactor.netty.http.client.HttpClient;
import reactor.netty.http.server.HttpServer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that {@link EventGridTemplate} refuses to block a non-blocking thread, such as
 * the event loop thread of a WebFlux handler, with a message that names the reactive
 * template to use instead, and sends nothing.
 *
 * @author Event Grid for Spring Boot team
 */
class EventGridTemplateOnNonBlockingThreadTests {

	@RegisterExtension
	static final EmulatorFixture fixture = new EmulatorFixture();

	@Test
	void refusesToSendFromAReactorNettyServerThreadNamingTheReactiveTemplate() {
		EventGridTemplate template = template();
		DisposableServer server = HttpServer.create()
			.host("127.0.0.1")
			.port(0)
			.route((routes) -> routes.post("/orders", (request, response) -> {
				try {
					template.send(event());
					return response.sendString(Mono.just("sent"));
				}
				catch (IllegalStateException ex) {
					return response.status(500).sendString(Mono.just(String.valueOf(ex.getMessage())));
				}
			}))
			.bindNow();
		try {
			String answer = HttpClient.create()
				.post()
				.uri("http://127.0.0.1:" + server.port() + "/orders")
				.responseContent()
				.aggregate()
				.asString()
				.block(Duration.ofSeconds(10));

			assertThat(answer)
				.startsWith("EventGridTemplate blocks until Event Grid answers, which thread 'reactor-http-")
				.contains("Inject ReactiveEventGridTemplate (ReactiveEventGridOperations) there");
			assertThat(fixture.emulator.receivedEvents(EmulatorFixture.CE)).isEmpty();
		}
		finally {
			server.disposeNow();
		}
	}

	@Test
	void refusesToSendFromAParallelSchedulerThread() throws Exception {
		EventGridTemplate template = template();
		CompletableFuture<Throwable> failure = new CompletableFuture<>();
		Schedulers.parallel().schedule(() -> {
			try {
				template.send(event());
				failure.complete(null);
			}
			catch (RuntimeException ex) {
				failure.complete(ex);
			}
		});

		assertThat(failure.get(10, TimeUnit.SECONDS)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("thread 'parallel-")
			.hasMessageContaining("ReactiveEventGridTemplate");
		assertThat(fixture.emulator.receivedEvents(EmulatorFixture.CE)).isEmpty();
	}

	@Test
	void sendsFromABoundedElasticThread() {
		EventGridTemplate template = template();

		SendResult result = Mono.fromCallable(() -> template.send(event()))
			.subscribeOn(Schedulers.boundedElastic())
			.block(Duration.ofSeconds(10));

		assertThat(result).isNotNull();
		assertThat(fixture.emulator.receivedEvents(EmulatorFixture.CE)).hasSize(1);
	}

	private static EventGridTemplate template() {
		return new EventGridTemplate(new ReactiveEventGridTemplate(fixture.publisher(EmulatorFixture.CE).build()));
	}

	private static CloudEvent event() {
		return CloudEvent.builder().source("/orders").type("OrderPlaced").data(42).build();
	}

}
