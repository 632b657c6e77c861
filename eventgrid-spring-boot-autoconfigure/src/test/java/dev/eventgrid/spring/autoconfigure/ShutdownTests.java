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

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that closing the application context during a streamed send of 100,000 events
 * ends it within the shutdown phase: every event is accepted or reported not accepted,
 * none is lost, and no thread of ours outlives the context. Runs {@link ShutdownProbe} in
 * a JVM of its own, so that the publishers of other tests do not keep shared threads
 * alive.
 *
 * @author Event Grid for Spring Boot team
 */
class ShutdownTests {

	private static final Pattern FIGURES = Pattern.compile(Pattern.quote(ShutdownProbe.FIGURES)
			+ " offered (\\d+), accepted (\\d+), reported (\\d+), lost (\\d+), threads after close (\\d+), "
			+ "close took (\\d+) ms");

	@Test
	void closingTheContextDuringAStreamedSendEndsItAndAccountsForEveryEvent() throws IOException, InterruptedException {
		Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), ShutdownProbe.class.getName())
			.redirectErrorStream(true)
			.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).as(output).isZero();
		Matcher figures = FIGURES.matcher(output);
		assertThat(figures.find()).as(output).isTrue();
		System.out.println(figures.group());
		Matcher split = Pattern.compile("reported: .*").matcher(output);
		assertThat(split.find()).as(output).isTrue();
		System.out.println(split.group());
		int offered = Integer.parseInt(figures.group(1));
		int accepted = Integer.parseInt(figures.group(2));
		int reported = Integer.parseInt(figures.group(3));
		assertThat(offered).isEqualTo(ShutdownProbe.OFFERED);
		assertThat(accepted).as(output).isPositive().isLessThan(offered);
		assertThat(accepted + reported).as(output).isEqualTo(offered);
		assertThat(Integer.parseInt(figures.group(4))).as(output).isZero();
		assertThat(Integer.parseInt(figures.group(5))).as(output).isZero();
		assertThat(Long.parseLong(figures.group(6))).as(output).isLessThan(ShutdownProbe.PHASE_TIMEOUT_MILLIS + 1_000);
		assertThat(output).contains("send ended by close: true").contains("accepted and reported: 0");
	}

}
