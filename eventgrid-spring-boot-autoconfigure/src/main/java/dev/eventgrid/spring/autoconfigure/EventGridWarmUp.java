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

import java.time.Duration;
import java.util.List;

import dev.eventgrid.spring.core.EventGridPublisher;
import dev.eventgrid.spring.core.ReactiveEventGridTemplate;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import reactor.netty.http.client.HttpClient;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.util.ClassUtils;

/**
 * Warms the publishers up in the background once the application is ready, so that the
 * first send does not build the HTTP client, its TLS context and the serializers itself.
 *
 * @author Event Grid for Spring Boot team
 */
final class EventGridWarmUp implements ApplicationListener<ApplicationReadyEvent>, Ordered, DisposableBean {

	private static final Log logger = LogFactory.getLog(EventGridWarmUp.class);

	private final ObjectProvider<ReactiveEventGridTemplate> templates;

	private volatile @Nullable Thread thread;

	EventGridWarmUp(ObjectProvider<ReactiveEventGridTemplate> templates) {
		this.templates = templates;
	}

	/**
	 * Start before the application's own listeners of the ready event, which may send.
	 */
	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		List<EventGridPublisher> publishers = this.templates.orderedStream()
			.flatMap((template) -> template.getPublishers().values().stream())
			.toList();
		if (publishers.isEmpty() || this.thread != null) {
			return;
		}
		Thread warmUp = new Thread(() -> warmUp(publishers), "eventgrid-warm-up");
		warmUp.setDaemon(true);
		this.thread = warmUp;
		warmUp.start();
	}

	private static void warmUp(List<EventGridPublisher> publishers) {
		// Looked up here, on the warm-up thread: loading the class takes milliseconds.
		if (publishers.stream().anyMatch((publisher) -> "https".equalsIgnoreCase(publisher.getEndpoint().getScheme()))
				&& ClassUtils.isPresent("reactor.netty.http.client.HttpClient",
						EventGridWarmUp.class.getClassLoader())) {
			try {
				ReactorNetty.warmUp();
			}
			catch (RuntimeException ex) {
				if (logger.isDebugEnabled()) {
					logger.debug("Warming up Reactor Netty failed", ex);
				}
			}
		}
		for (EventGridPublisher publisher : publishers) {
			try {
				publisher.warmUp();
			}
			catch (RuntimeException ex) {
				// The first send builds what is missing and reports what fails.
				if (logger.isDebugEnabled()) {
					logger.debug("Warming up publisher '" + publisher.getName() + "' failed", ex);
				}
			}
		}
	}

	/**
	 * Wait a moment for a warm-up still running when the context closes, so that no
	 * thread of ours outlives it.
	 */
	@Override
	public void destroy() throws InterruptedException {
		Thread warmUp = this.thread;
		if (warmUp != null) {
			warmUp.join(2_000);
		}
	}

	/**
	 * Reactor Netty's shared resources and default TLS context, which the first HTTPS
	 * request through a WebClient on Reactor Netty would otherwise create: most of what a
	 * first send costs.
	 */
	private static final class ReactorNetty {

		static void warmUp() {
			HttpClient.create().secure().warmup().block(Duration.ofSeconds(30));
		}

	}

}
