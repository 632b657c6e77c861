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

import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicBoolean;

import io.netty.channel.Channel;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelPipeline;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.netty.Connection;
import reactor.netty.NettyPipeline;

import org.springframework.http.client.reactive.ClientHttpRequest;
import org.springframework.util.ClassUtils;

/**
 * Turns Reactor Netty's wiretap off on the connection of a publish request. The wiretap
 * logs every byte a connection sends and receives, so it would log the credential header
 * and any error body that repeats it; the application's other connections keep it.
 *
 * @author Event Grid for Spring Boot team
 */
final class ReactorNettyWiretap {

	private static final boolean PRESENT = ClassUtils.isPresent("reactor.netty.Connection",
			ReactorNettyWiretap.class.getClassLoader());

	private ReactorNettyWiretap() {
	}

	/**
	 * Silence the wiretap of the request's connection, if it goes through Reactor Netty
	 * and has one.
	 * @param request the request about to be written
	 */
	static void silence(ClientHttpRequest request) {
		if (PRESENT) {
			Object nativeRequest = request.getNativeRequest();
			Silencer.silenceConnectionOf(nativeRequest);
		}
	}

	/**
	 * The part that names Reactor Netty's classes, loaded only when they are present.
	 */
	private static final class Silencer {

		// The publishers log under their own name, which applications configure.
		private static final Log logger = LogFactory.getLog("dev.eventgrid.spring.core.EventGridPublisher");

		private static final ChannelHandler SILENT = new SilentHandler();

		private static final AtomicBoolean told = new AtomicBoolean();

		static void silenceConnectionOf(Object nativeRequest) {
			if (nativeRequest instanceof Connection connection) {
				silenceChannel(connection.channel());
				Channel parent = connection.channel().parent();
				if (parent != null) {
					silenceChannel(parent);
				}
			}
		}

		private static void silenceChannel(Channel channel) {
			ChannelPipeline pipeline = channel.pipeline();
			ChannelHandler wiretap = pipeline.get(NettyPipeline.LoggingHandler);
			if (wiretap == null || wiretap == SILENT) {
				return;
			}
			try {
				// Replaced rather than removed: Reactor Netty places handlers by name.
				pipeline.replace(NettyPipeline.LoggingHandler, NettyPipeline.LoggingHandler, SILENT);
			}
			catch (NoSuchElementException ex) {
				return;
			}
			if (told.compareAndSet(false, true)) {
				logger.info("Reactor Netty's wiretap is off on the connections to Event Grid: it would log the "
						+ "credential of every request");
			}
		}

	}

	/**
	 * Passes everything on and logs nothing.
	 */
	@ChannelHandler.Sharable
	private static final class SilentHandler extends ChannelDuplexHandler {

	}

}
