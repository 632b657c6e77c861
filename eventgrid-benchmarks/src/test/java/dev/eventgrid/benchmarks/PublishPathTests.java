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

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link BenchmarkEvents} and {@link PublishPath}.
 *
 * @author Event Grid for Spring Boot team
 */
class PublishPathTests {

	@Test
	void dataHasTheExactSizeAsked() {
		for (int size : new int[] { 100, 1024, 65536 }) {
			assertThat(BenchmarkEvents.dataJson(size, 7).length()).isEqualTo(size);
		}
	}

	@Test
	void bothClientsWriteAboutTheSameBodyForTheSameEvents() {
		for (String schema : new String[] { "cloud-event", "event-grid-event" }) {
			PublishPath path = PublishPath.of(schema, 1024, 10);
			assertThat(path.sendOurs().eventCount()).isEqualTo(10);
			path.sendAzureSdk();
			assertThat((double) path.ourBytes()).as(schema)
				.isBetween(path.azureSdkBytes() * 0.97, path.azureSdkBytes() * 1.03);
		}
	}

	@Test
	void oursSplitsASendOverTheRequestLimitWhileTheSdkSendsOneRequest() {
		PublishPath path = PublishPath.of("cloud-event", 65536, 100);
		assertThat(path.sendOurs().requestCount()).isGreaterThan(1);
		path.sendAzureSdk();
		assertThat(path.ourBytes()).isGreaterThan(100L * 65536);
	}

}
