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
import java.util.concurrent.atomic.AtomicLong;

import dev.eventgrid.emulator.auth.PublishAuthenticator;
import dev.eventgrid.emulator.fault.FaultPlan;
import dev.eventgrid.emulator.fault.IngressThrottle;
import dev.eventgrid.emulator.model.EmulatedTopic;
import dev.eventgrid.emulator.tls.TlsMaterial;
import reactor.netty.DisposableServer;
import reactor.netty.http.Http11SslContextSpec;
import reactor.netty.http.server.HttpServer;
import reactor.netty.resources.LoopResources;
import tools.jackson.databind.json.JsonMapper;

/**
 * The emulator's two listening ports, HTTPS and plain HTTP, served by one handler on
 * event loops of their own.
 *
 * @author Event Grid for Spring Boot team
 */
public final class PublishServer implements AutoCloseable {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private final LoopResources loops;

	private final DisposableServer https;

	private final DisposableServer http;

	private PublishServer(LoopResources loops, DisposableServer https, DisposableServer http) {
		this.loops = loops;
		this.https = https;
		this.http = http;
	}

	/**
	 * Bind both ports and start serving.
	 * @param settings what to serve and where
	 * @return the running server
	 */
	public static PublishServer start(Settings settings) {
		JsonMapper mapper = JsonMapper.builder().build();
		PublishProcessor processor = new PublishProcessor(settings.authenticator(), mapper, settings.maxEventSize(),
				settings.maxRequestSize());
		PublishHandler handler = new PublishHandler(new RequestRouter(settings.topics()), processor, settings.faults(),
				settings.listener(), mapper, settings.clock(), new AtomicLong(), settings.maxRequestSize(),
				settings.sideRoutes(), settings.throttle());
		int workers = Math.max(2, Runtime.getRuntime().availableProcessors());
		LoopResources loops = LoopResources.create("eventgrid-emulator", workers, true);
		HttpServer server = HttpServer.create().runOn(loops).host(settings.host()).handle(handler);
		TlsMaterial tls = settings.tls();
		DisposableServer https = null;
		try {
			https = server.port(settings.httpsPort())
				.secure((spec) -> spec.sslContext(Http11SslContextSpec.forServer(tls.privateKey(), tls.chain())))
				.bindNow(TIMEOUT);
			DisposableServer http = server.port(settings.httpPort()).bindNow(TIMEOUT);
			return new PublishServer(loops, https, http);
		}
		catch (RuntimeException ex) {
			if (https != null) {
				https.disposeNow(TIMEOUT);
			}
			loops.disposeLater().block(TIMEOUT);
			throw ex;
		}
	}

	/**
	 * Return the bound HTTPS port.
	 * @return the HTTPS port
	 */
	public int httpsPort() {
		return this.https.port();
	}

	/**
	 * Return the bound plain HTTP port.
	 * @return the HTTP port
	 */
	public int httpPort() {
		return this.http.port();
	}

	/**
	 * Stop both ports and release the event loops.
	 */
	@Override
	public void close() {
		try {
			this.https.disposeNow(TIMEOUT);
			this.http.disposeNow(TIMEOUT);
		}
		finally {
			this.loops.disposeLater(Duration.ZERO, TIMEOUT).block(TIMEOUT);
		}
	}

	/**
	 * What the publish server serves and where.
	 *
	 * @param host the host to bind to
	 * @param httpsPort the HTTPS port, {@code 0} for a free port
	 * @param httpPort the plain HTTP port, {@code 0} for a free port
	 * @param tls the HTTPS key and certificate
	 * @param topics the topics and domains
	 * @param authenticator the credential checks
	 * @param faults the fault plan consulted per request
	 * @param listener told about every finished request
	 * @param maxEventSize the largest accepted event in bytes
	 * @param maxRequestSize the largest accepted request body in bytes
	 * @param clock the clock for timestamps
	 * @param sideRoutes routes served besides the publish path, asked first
	 * @param throttle the ingress limits of the topics and domains
	 */
	public record Settings(String host, int httpsPort, int httpPort, TlsMaterial tls, List<EmulatedTopic> topics,
			PublishAuthenticator authenticator, FaultPlan faults, PublishListener listener, int maxEventSize,
			int maxRequestSize, Clock clock, List<SideRoute> sideRoutes, IngressThrottle throttle) {

	}

}
