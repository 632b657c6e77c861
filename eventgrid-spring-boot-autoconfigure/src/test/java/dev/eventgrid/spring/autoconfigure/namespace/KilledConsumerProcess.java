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

package dev.eventgrid.spring.autoconfigure.namespace;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;

import dev.eventgrid.spring.autoconfigure.EventGridAutoConfiguration;
import dev.eventgrid.spring.event.CloudEvent;
import dev.eventgrid.spring.namespace.EventGridPullListener;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Run in a JVM of its own by {@link KilledConsumerTests}: an application whose pull
 * listener consumes the subscription of {@code eventgrid.receivers.workers} (given as
 * {@code --eventgrid.receivers.workers.*} arguments) in batches of at most 50 events,
 * renewing their locks every 300 ms. It prints {@value #READY} once its container runs,
 * {@value #PROCESSED} and the id of each event it processed, and, in the first batch of
 * at least {@value #MIN_HUNG_BATCH} events that comes after {@value #HANG_AFTER}
 * processed events, {@value #HUNG} and the ids of the whole batch after processing its
 * first half: then it blocks forever, its batch never settled, until the test kills it.
 * Its {@code main} method is public for the {@code java} launcher to run it.
 *
 * @author Event Grid for Spring Boot team
 */
public final class KilledConsumerProcess {

	static final String READY = "READY";

	static final String PROCESSED = "PROCESSED ";

	static final String HUNG = "HUNG ";

	static final int HANG_AFTER = 50;

	static final int MIN_HUNG_BATCH = 10;

	private KilledConsumerProcess() {
	}

	public static void main(String[] args) throws InterruptedException {
		new SpringApplicationBuilder(Application.class).web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			.run(args);
		print(READY);
		// The consumer threads keep the JVM alive; the main thread waits for the kill.
		new CountDownLatch(1).await();
	}

	static synchronized void print(String line) {
		System.out.println(line);
		System.out.flush();
	}

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration({ EventGridAutoConfiguration.class, EventGridNamespaceAutoConfiguration.class })
	static class Application {

		@Bean
		Consumer consumer() {
			return new Consumer();
		}

	}

	static class Consumer {

		private int processed;

		// One consumer: the batch before the hung one was acknowledged before the hung
		// one was received (the container settles a batch before its next receive).
		@EventGridPullListener(id = "killed", receiver = "workers", maxEvents = "50", lockRenewal = "300ms")
		void onBatch(List<CloudEvent> events) throws InterruptedException {
			boolean hang = this.processed >= HANG_AFTER && events.size() >= MIN_HUNG_BATCH;
			int count = hang ? events.size() / 2 : events.size();
			for (int i = 0; i < count; i++) {
				print(PROCESSED + events.get(i).getId());
				this.processed++;
			}
			if (hang) {
				print(HUNG + events.stream().map(CloudEvent::getId).collect(Collectors.joining(",")));
				// Never returns: the batch is neither acknowledged nor released; only its
				// lock renewal runs, until the process is killed.
				new CountDownLatch(1).await();
			}
		}

	}

}
