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

package dev.eventgrid.benchmarks.coldstart.ours;

import java.time.Duration;
import java.util.Map;

import dev.eventgrid.benchmarks.coldstart.ColdStart;
import dev.eventgrid.spring.core.ReactiveEventGridTemplate;
import dev.eventgrid.spring.event.CloudEvent;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A WebFlux application on the Event Grid starter that sends one CloudEvent through the
 * auto-configured template when it is ready.
 *
 * @author Event Grid for Spring Boot team
 */
@SpringBootApplication(proxyBeanMethods = false)
public class OursColdStartApplication {

	/**
	 * Start the application, send one event and exit.
	 * @param args the application's arguments, among them {@code eventgrid.endpoint} and
	 * {@code eventgrid.key}
	 */
	public static void main(String[] args) {
		ColdStart.run(OursColdStartApplication.class, args,
				(context) -> context.getBean(ReactiveEventGridTemplate.class)
					.send(CloudEvent.builder()
						.source("/cold-start")
						.type("Contoso.ColdStart")
						.data(Map.of("started", true))
						.build())
					.block(Duration.ofSeconds(60)));
	}

}
