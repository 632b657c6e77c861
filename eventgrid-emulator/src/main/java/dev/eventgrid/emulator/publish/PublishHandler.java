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

package dev.eventgrid.emulator.publish;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;
import java.util.function.Supplier;

import dev.eventgrid.emulator.fault.Fault;
import dev.eventgrid.emulator.fault.FaultPlan;
import dev.eventgrid.emulator.fault.IngressLimit;
import dev.eventgrid.emulator.fault.IngressThrottle;
import dev.eventgrid.emulator.model.EmulatedTopic;
import dev.eventgrid.emulator.model.ReceivedEvent;
import dev.eventgrid.emulator.model.RecordedRequest;
import dev.eventgrid.emulator.model.ResponseWrite;
import io.netty.handler.codec.http.HttpMethod;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.publisher.SignalType;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Reactor Netty handler of both ports: routes a request, applies the fault plan,
 * reads the body up to the size limit, lets the {@link PublishProcessor} judge it and
 * answers as the service does. Only parsing happens on the event loop; delays use a
 * timer.
 *
 * @author Event Grid for Spring Boot team
 */
final class PublishHandler implements BiFunction<HttpServerRequest, HttpServerResponse, Publisher<Void>> {

	private static final Logger logger = LoggerFactory.getLogger(PublishHandler.class);

	private final RequestRouter router;

	private final PublishProcessor processor;

	private final FaultPlan faults;

	private final PublishListener listener;

	private final JsonMapper mapper;

	private final Clock clock;

	private final AtomicLong sequence;

	private final int maxRequestSize;

	private final List<SideRoute> sideRoutes;

	private final IngressThrottle throttle;

	PublishHandler(RequestRouter router, PublishProcessor processor, FaultPlan faults, PublishListener listener,
			JsonMapper mapper, Clock clock, AtomicLong sequence, int maxRequestSize, List<SideRoute> sideRoutes,
			IngressThrottle throttle) {
		this.router = router;
		this.processor = processor;
		this.faults = faults;
		this.listener = listener;
		this.mapper = mapper;
		this.clock = clock;
		this.sequence = sequence;
		this.maxRequestSize = maxRequestSize;
		this.sideRoutes = List.copyOf(sideRoutes);
		this.throttle = throttle;
	}

	@Override
	public Publisher<Void> apply(HttpServerRequest request, HttpServerResponse response) {
		for (SideRoute route : this.sideRoutes) {
			Publisher<Void> handled = route.handle(request, response);
			if (handled != null) {
				return handled;
			}
		}
		Exchange exchange = Exchange.of(request, this.sequence.incrementAndGet(), UUID.randomUUID().toString(),
				this.clock.instant());
		EmulatedTopic topic = this.router.resolve(exchange.path());
		// Errors given before the body is read are sent once it has arrived, unread:
		// Reactor Netty cancels an answer sent while the body is still coming, and
		// whether
		// it was flushed would not be known.
		if (topic == null) {
			return afterBody(request,
					() -> reject(exchange, response, null, -1, PublishRejection.notFound(exchange.path()), null));
		}
		if (!HttpMethod.POST.equals(request.method())) {
			response.header("Allow", "POST");
			return afterBody(request, () -> reject(exchange, response, topic, -1,
					PublishRejection.methodNotAllowed(exchange.method()), null));
		}
		Fault fault = this.faults.next(topic.name());
		if (fault instanceof Fault.Fail fail) {
			return afterBody(request, () -> injectFailure(exchange, response, topic, fail));
		}
		if (fault instanceof Fault.EchoCredential echo) {
			return afterBody(request, () -> echoCredential(exchange, response, topic, echo));
		}
		if (fault instanceof Fault.DropBeforeResponse) {
			complete(exchange, topic, -1, 0, null, null, fault, List.of()).end(ResponseWrite.Outcome.DROPPED);
			return closeConnection(request);
		}
		return request.receive()
			.collect(() -> new BodyCollector(this.maxRequestSize, exchange.contentLength()), BodyCollector::append)
			.flatMap((body) -> handle(exchange, request, response, topic, body, fault));
	}

	private Mono<Void> handle(Exchange exchange, HttpServerRequest request, HttpServerResponse response,
			EmulatedTopic topic, BodyCollector body, @Nullable Fault fault) {
		Mono<Void> answer;
		ResponseWrite write;
		try {
			List<ReceivedEvent> accepted = this.processor.process(exchange.toPublishRequest(topic, body));
			IngressLimit limit = this.throttle.tryAcquire(topic.name(), accepted.size(), body.size());
			if (limit != null) {
				throw throttled(response, topic, limit);
			}
			if (fault instanceof Fault.DropAfterAccept) {
				complete(exchange, topic, body.size(), 0, null, null, fault, accepted)
					.end(ResponseWrite.Outcome.DROPPED);
				return closeConnection(request);
			}
			write = complete(exchange, topic, body.size(), 200, null, null, fault, accepted);
			answer = Mono.defer(
					() -> standardHeaders(response.status(200), exchange).header("Content-Length", "0").send().then());
		}
		catch (PublishRejection rejection) {
			String message = withReport(exchange, rejection);
			write = complete(exchange, topic, body.size(), rejection.status(), rejection.code(), message, fault,
					List.of());
			answer = Mono.defer(() -> sendError(exchange, response, rejection.status(), rejection.code(), message));
		}
		return written(write, (fault instanceof Fault.Delay delay) ? Mono.delay(delay.delay()).then(answer) : answer);
	}

	private Mono<Void> reject(Exchange exchange, HttpServerResponse response, @Nullable EmulatedTopic topic,
			long bodySize, PublishRejection rejection, @Nullable Fault fault) {
		String message = withReport(exchange, rejection);
		ResponseWrite write = complete(exchange, topic, bodySize, rejection.status(), rejection.code(), message, fault,
				List.of());
		return written(write,
				Mono.defer(() -> sendError(exchange, response, rejection.status(), rejection.code(), message)));
	}

	private static String withReport(Exchange exchange, PublishRejection rejection) {
		return ErrorResponse.withReport(rejection.getMessage(), exchange.requestId(), exchange.sequence(),
				exchange.receivedAt());
	}

	// The rejection of a request over its topic's ingress limit, with the limit's retry
	// delay if it has one.
	private static PublishRejection throttled(HttpServerResponse response, EmulatedTopic topic, IngressLimit limit) {
		Duration retryAfter = limit.retryAfter();
		if (retryAfter != null) {
			response.header(limit.retryAfterHeader().headerName(), limit.retryAfterHeader().value(retryAfter));
		}
		return new PublishRejection(429,
				"Too Many Events. The publish rate of '" + topic.name() + "' is over its limit of "
						+ limit.eventsPerSecond() + " events or " + limit.bytesPerSecond()
						+ " bytes per second; send again later.");
	}

	private Mono<Void> injectFailure(Exchange exchange, HttpServerResponse response, EmulatedTopic topic,
			Fault.Fail fail) {
		String code = ErrorResponse.codeFor(fail.status());
		String message = "The emulator failed this request on purpose (injected fault " + fail.status() + ").";
		Duration retryAfter = fail.retryAfter();
		if (retryAfter != null) {
			response.header(fail.retryAfterHeader().headerName(), fail.retryAfterHeader().value(retryAfter));
		}
		ResponseWrite write = complete(exchange, topic, exchange.contentLength(), fail.status(), code, message, fail,
				List.of());
		return written(write, sendError(exchange, response, fail.status(), code, message));
	}

	private Mono<Void> echoCredential(Exchange exchange, HttpServerResponse response, EmulatedTopic topic,
			Fault.EchoCredential echo) {
		String code = ErrorResponse.codeFor(echo.status());
		List<String> queryKey = exchange.query().getOrDefault("aeg-sas-key", List.of());
		String echoed = echo.message((name) -> {
			String value = exchange.headers().first(name);
			return (value == null && name.equals("aeg-sas-key") && !queryKey.isEmpty()) ? queryKey.get(0) : value;
		});
		// Only the client gets the credential back: the record and the activity log
		// never hold it.
		String recorded = "The emulator repeated the credential to the client on purpose (injected fault "
				+ echo.status() + ").";
		ResponseWrite write = complete(exchange, topic, exchange.contentLength(), echo.status(), code, recorded, echo,
				List.of());
		return written(write, sendError(exchange, response, echo.status(), code, echoed));
	}

	// Return the answer, recording whether it was flushed to the connection: it completes
	// once the response is written and flushed, and fails or is cancelled when the
	// connection closes first.
	private static Mono<Void> written(ResponseWrite write, Mono<Void> answer) {
		return answer.doFinally((signal) -> write.end((signal == SignalType.ON_COMPLETE) ? ResponseWrite.Outcome.FLUSHED
				: ResponseWrite.Outcome.NOT_FLUSHED));
	}

	private Mono<Void> sendError(Exchange exchange, HttpServerResponse response, int status, String code,
			String message) {
		byte[] body = ErrorResponse.body(this.mapper, code, message);
		return standardHeaders(response.status(status), exchange).header("Content-Type", ErrorResponse.CONTENT_TYPE)
			.header("Content-Length", Integer.toString(body.length))
			.sendByteArray(Mono.just(body))
			.then();
	}

	private static HttpServerResponse standardHeaders(HttpServerResponse response, Exchange exchange) {
		return response.header("api-supported-versions", PublishProcessor.API_VERSION)
			.header("x-ms-request-id", exchange.requestId());
	}

	private ResponseWrite complete(Exchange exchange, @Nullable EmulatedTopic topic, long bodySize, int status,
			@Nullable String code, @Nullable String message, @Nullable Fault fault, List<ReceivedEvent> accepted) {
		ResponseWrite write = new ResponseWrite();
		RecordedRequest recorded = new RecordedRequest(exchange.sequence(), exchange.requestId(), exchange.receivedAt(),
				exchange.method(), exchange.path(), exchange.redactedQuery(), exchange.headers(), exchange.secure(),
				(topic != null) ? topic.name() : null, bodySize, status, code, message, fault, accepted.size(), write);
		if (logger.isDebugEnabled()) {
			logger.debug("{} {} -> {}{}{} ({} events)", exchange.method(), exchange.path(), status,
					(code != null) ? " " + code : "", (fault != null) ? " with fault " + fault : "", accepted.size());
		}
		this.listener.requestCompleted(recorded, accepted);
		return write;
	}

	private static Mono<Void> afterBody(HttpServerRequest request, Supplier<Mono<Void>> answer) {
		return request.receive().then(Mono.defer(answer));
	}

	private static Mono<Void> closeConnection(HttpServerRequest request) {
		return Mono.create((sink) -> request
			.withConnection((connection) -> connection.channel().close().addListener((future) -> sink.success())));
	}

}
