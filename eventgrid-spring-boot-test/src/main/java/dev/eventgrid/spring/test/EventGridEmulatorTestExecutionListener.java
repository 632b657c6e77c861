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

package dev.eventgrid.spring.test;

import dev.eventgrid.emulator.EventGridEmulator;

import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Clears what the emulator of a test context recorded, and the faults planned on it,
 * before each test method, so that tests sharing a cached context do not see each other's
 * events.
 *
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
public class EventGridEmulatorTestExecutionListener extends AbstractTestExecutionListener {

	@Override
	public int getOrder() {
		return 2100;
	}

	@Override
	public void beforeTestMethod(TestContext testContext) {
		if (!testContext.hasApplicationContext()) {
			return;
		}
		ApplicationContext context = testContext.getApplicationContext();
		context.getBeanProvider(EventGridEmulator.class).ifAvailable((emulator) -> {
			emulator.clear();
			emulator.faults().clear();
		});
	}

}
