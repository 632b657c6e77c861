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

package dev.eventgrid.spring.webhook;

import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import dev.eventgrid.spring.listener.ListenerInvocation;
import io.micrometer.observation.Observation;
import io.micrometer.observation.contextpropagation.ObservationThreadLocalAccessor;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import org.springframework.context.SmartLifecycle;
import org.springframework.core.ReactiveAdapter;
import org.springframework.core.ReactiveAdapterRegistry;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.util.Assert;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.reactive.function.server.HandlerFunction;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Routes Event Grid's requests to the webhook paths of an {@link EventGridWebhookHandler}
 * in a WebFlux application. Listener methods that return a reactive type or a
 * {@link CompletionStage} are called on the event loop, with their observation in the
 * Reactor context; the others, which may block, on a scheduler for blocking work. Once
 * the application context begins to stop, new deliveries are answered {@code 503}.
 *
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
public class ReactiveEventGridWebhookRouter implements RouterFunction<ServerResponse>, SmartLifecycle {

	private final SingletonSupplier<EventGridWebhookHandler> handler;

	private final WebhookShutdown shutdown = new WebhookShutdown();

	private final Scheduler blockingScheduler;

	/**
	 * Create a router that calls blocking listeners on
	 * {@link Schedulers#boundedElastic()}.
	 * @param handler the handler
	 */
	public ReactiveEventGridWebhookRouter(EventGridWebhookHandler handler) {
		this(handler, Schedulers.boundedElastic());
	}

	/**
	 * Create a router.
	 * @param handler the handler
	 * @param blockingScheduler where listener methods that return no reactive type are
	 * called
	 */
	public ReactiveEventGridWebhookRouter(EventGridWebhookHandler handler, Scheduler blockingScheduler) {
		this(SingletonSupplier.of(requireHandler(handler)), blockingScheduler);
	}

	/**
	 * Create a router that obtains its handler on the first request, so that an
	 * application whose webhook is never called does not build it, and calls blocking
	 * listeners on {@link Schedulers#boundedElastic()}.
	 * @param handler supplies the handler
	 */
	public ReactiveEventGridWebhookRouter(Supplier<EventGridWebhookHandler> handler) {
		this(SingletonSupplier.of(handler), Schedulers.boundedElastic());
	}

	private ReactiveEventGridWebhookRouter(SingletonSupplier<EventGridWebhookHandler> handler,
			Scheduler blockingScheduler) {
		Assert.notNull(blockingScheduler, "'blockingScheduler' must not be null");
		this.handler = handler;
		this.blockingScheduler = blockingScheduler;
	}

	private static EventGridWebhookHandler requireHandler(EventGridWebhookHandler handler) {
		Assert.notNull(handler, "'handler' must not be null");
		return handler;
	}

	@Override
	public Mono<HandlerFunction<ServerResponse>> route(ServerRequest request) {
		String path = path(request);
		if (!this.handler.obtain().handles(path)) {
			return Mono.empty();
		}
		// the matched path names the request in http.server.requests observations and
		// metrics
		request.attributes()
			.put(RouterFunctions.MATCHING_PATTERN_ATTRIBUTE, PathPatternParser.defaultInstance.parse(path));
		return Mono.just(this::handle);
	}

	private static String path(ServerRequest request) {
		return request.requestPath().pathWithinApplication().value();
	}

	private Mono<ServerResponse> handle(ServerRequest request) {
		WebhookResponse refusal = this.shutdown.refusal();
		if (refusal != null) {
			return write(refusal);
		}
		WebhookRequest webhookRequest = new WebhookRequest(request.method(), path(request),
				request.headers().asHttpHeaders(), request.queryParams());
		WebhookResponse early = this.handler.obtain().preflight(webhookRequest);
		if (early != null) {
			return write(early);
		}
		return body(request).timeout(this.handler.obtain().getBodyTimeout())
			.map((body) -> this.handler.obtain().prepare(webhookRequest, body))
			.onErrorResume(TimeoutException.class,
					(ex) -> Mono.just(new EventGridWebhookHandler.Dispatch(List.of(),
							this.handler.obtain().bodyTimedOut(webhookRequest))))
			.flatMap((dispatch) -> dispatch(webhookRequest, dispatch))
			.onErrorResume(DataBufferLimitException.class,
					(ex) -> Mono.just(this.handler.obtain().tooLarge(webhookRequest)))
			.flatMap(this::write);
	}

	private Mono<byte[]> body(ServerRequest request) {
		return DataBufferUtils
			.join(request.exchange().getRequest().getBody(), this.handler.obtain().getMaxRequestSize())
			.map((buffer) -> {
				try {
					byte[] bytes = new byte[buffer.readableByteCount()];
					buffer.read(bytes);
					return bytes;
				}
				finally {
					DataBufferUtils.release(buffer);
				}
			})
			.defaultIfEmpty(new byte[0]);
	}

	private Mono<WebhookResponse> dispatch(WebhookRequest request, EventGridWebhookHandler.Dispatch dispatch) {
		return Flux.fromIterable(dispatch.invocations())
			.concatMap((invocation) -> invoke(invocation).onErrorResume((ex) -> {
				WebhookResponse response = this.handler.obtain().failure(request, ex, invocation);
				return (response != null) ? Mono.error(new ListenerFailure(response)) : Mono.empty();
			}))
			.then(Mono.just(dispatch.response()))
			.onErrorResume(ListenerFailure.class, (failure) -> Mono.just(failure.response));
	}

	private Mono<Void> invoke(ListenerInvocation invocation) {
		Mono<Void> call = Mono.defer(() -> {
			Observation observation = this.handler.obtain().observation(invocation);
			Object result;
			try {
				result = invocation.invoke(observation);
			}
			catch (RuntimeException | Error ex) {
				observation.error(ListenerInvocation.unwrap(ex));
				observation.stop();
				return Mono.error(ex);
			}
			return toMono(result).doOnError((ex) -> observation.error(ListenerInvocation.unwrap(ex)))
				.doFinally((signal) -> observation.stop())
				.contextWrite((context) -> context.put(ObservationThreadLocalAccessor.KEY, observation));
		});
		return invocation.endpoint().isAsync() ? call : call.subscribeOn(this.blockingScheduler);
	}

	private static Mono<Void> toMono(@Nullable Object result) {
		if (result instanceof CompletionStage<?> stage) {
			return Mono.fromCompletionStage(stage).then();
		}
		ReactiveAdapter adapter = (result != null)
				? ReactiveAdapterRegistry.getSharedInstance().getAdapter(result.getClass()) : null;
		if (result == null || adapter == null) {
			return Mono.empty();
		}
		return Flux.from(adapter.toPublisher(result)).then();
	}

	/**
	 * Take deliveries again after {@link #stop()}.
	 */
	@Override
	public void start() {
		this.shutdown.start();
	}

	/**
	 * Answer {@code 503} with {@code Retry-After} to the deliveries that arrive from now
	 * on, so that Event Grid delivers them again later; deliveries being handled finish.
	 * Called first when the application context stops or closes.
	 */
	@Override
	public void stop() {
		this.shutdown.stop();
	}

	@Override
	public boolean isRunning() {
		return this.shutdown.isRunning();
	}

	@Override
	public int getPhase() {
		return WebhookShutdown.PHASE;
	}

	private Mono<ServerResponse> write(WebhookResponse response) {
		ServerResponse.BodyBuilder builder = ServerResponse.status(response.status())
			.headers((headers) -> headers.addAll(response.headers()));
		if (response.closesConnection()) {
			builder.header(HttpHeaders.CONNECTION, "close");
		}
		byte[] body = response.body();
		return (body != null) ? builder.bodyValue(body) : builder.build();
	}

	/**
	 * Carries the answer to a failed listener call past the calls that follow it.
	 */
	private static final class ListenerFailure extends RuntimeException {

		private final WebhookResponse response;

		ListenerFailure(WebhookResponse response) {
			super(null, null, false, false);
			this.response = response;
		}

	}

}
