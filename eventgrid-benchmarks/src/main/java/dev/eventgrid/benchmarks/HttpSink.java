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

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.InetSocketAddress;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

import javax.net.ssl.SSLException;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpObject;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import org.jspecify.annotations.Nullable;

/**
 * A minimal HTTP/1.1 sink on loopback: it reads each request body without keeping it,
 * counts requests and body bytes, and answers {@code 200} with an empty body, as Event
 * Grid does. It runs on its own event loop threads so that the CPU time it uses can be
 * reported next to each measurement. It serves plain HTTP or, given a key and
 * certificate, HTTPS.
 *
 * @author Event Grid for Spring Boot team
 */
public final class HttpSink implements AutoCloseable {

	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	private final LongAdder requests = new LongAdder();

	private final LongAdder bytes = new LongAdder();

	private final List<Thread> threads = new CopyOnWriteArrayList<>();

	private final EventLoopGroup group;

	private final Channel server;

	private final boolean secure;

	private HttpSink(int threads, @Nullable SslContext ssl) {
		this.secure = ssl != null;
		ThreadFactory factory = (task) -> {
			Thread thread = new Thread(task, "http-sink-" + this.threads.size());
			thread.setDaemon(true);
			this.threads.add(thread);
			return thread;
		};
		this.group = new MultiThreadIoEventLoopGroup(threads, factory, NioIoHandler.newFactory());
		this.server = new ServerBootstrap().group(this.group)
			.channel(NioServerSocketChannel.class)
			.childOption(ChannelOption.TCP_NODELAY, true)
			.childHandler(new ChannelInitializer<SocketChannel>() {

				@Override
				protected void initChannel(SocketChannel channel) {
					if (ssl != null) {
						channel.pipeline().addLast(ssl.newHandler(channel.alloc()));
					}
					channel.pipeline().addLast(new HttpServerCodec(), new CountingHandler());
				}

			})
			.bind("127.0.0.1", 0)
			.syncUninterruptibly()
			.channel();
	}

	/**
	 * Start a sink on an ephemeral loopback port.
	 * @param threads the number of event loop threads
	 * @return the running sink
	 */
	public static HttpSink start(int threads) {
		return new HttpSink(threads, null);
	}

	/**
	 * Start a sink that serves HTTPS on an ephemeral loopback port.
	 * @param threads the number of event loop threads
	 * @param key the private key of the certificate
	 * @param certificate the certificate, which clients must trust
	 * @return the running sink
	 */
	public static HttpSink startTls(int threads, PrivateKey key, X509Certificate certificate) {
		try {
			return new HttpSink(threads, SslContextBuilder.forServer(key, certificate).build());
		}
		catch (SSLException ex) {
			throw new IllegalStateException("Cannot serve TLS with the given key and certificate", ex);
		}
	}

	/**
	 * Return the URL that publishers post to.
	 * @return the endpoint, such as {@code http://127.0.0.1:40123/api/events} or
	 * {@code https://127.0.0.1:40123/api/events}
	 */
	public String endpoint() {
		return (this.secure ? "https" : "http") + "://127.0.0.1:"
				+ ((InetSocketAddress) this.server.localAddress()).getPort() + "/api/events";
	}

	/**
	 * Return how many requests were answered.
	 * @return the request count
	 */
	public long requests() {
		return this.requests.sum();
	}

	/**
	 * Return how many body bytes were received.
	 * @return the byte count
	 */
	public long bytes() {
		return this.bytes.sum();
	}

	/**
	 * Return the CPU time the sink's threads have used so far.
	 * @return the CPU time in nanoseconds
	 */
	public long cpuNanos() {
		long total = 0;
		for (Thread thread : this.threads) {
			long time = THREADS.getThreadCpuTime(thread.getId());
			total += Math.max(time, 0);
		}
		return total;
	}

	@Override
	public void close() {
		this.server.close().syncUninterruptibly();
		this.group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
	}

	/**
	 * Counts each body chunk as it arrives and answers once the body is complete.
	 */
	private final class CountingHandler extends SimpleChannelInboundHandler<HttpObject> {

		@Override
		protected void channelRead0(ChannelHandlerContext context, HttpObject message) {
			if (message instanceof HttpContent content) {
				HttpSink.this.bytes.add(content.content().readableBytes());
				if (message instanceof LastHttpContent) {
					HttpSink.this.requests.increment();
					FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK,
							Unpooled.EMPTY_BUFFER);
					response.headers().set(HttpHeaderNames.CONTENT_LENGTH, 0);
					context.writeAndFlush(response, context.voidPromise());
				}
			}
		}

		@Override
		public void exceptionCaught(ChannelHandlerContext context, Throwable cause) {
			context.close();
		}

	}

}
