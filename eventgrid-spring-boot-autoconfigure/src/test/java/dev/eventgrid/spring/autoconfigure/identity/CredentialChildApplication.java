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

package dev.eventgrid.spring.autoconfigure.identity;

import java.util.List;

import dev.eventgrid.spring.autoconfigure.EventGridAutoConfiguration;
import dev.eventgrid.spring.core.EventGridOperations;
import dev.eventgrid.spring.core.ReactiveEventGridTemplate;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

/**
 * The application {@link EnvironmentCredentialTests} runs in a JVM of its own, whose
 * environment holds the variables azure-identity reads: it publishes one event through
 * each publisher named in {@code --child.publishers} and prints, for each, its credential
 * and whether the event was sent.
 *
 * @author Event Grid for Spring Boot team
 */
@Configuration(proxyBeanMethods = false)
@ImportAutoConfiguration({ EventGridAutoConfiguration.class, SslAutoConfiguration.class })
public class CredentialChildApplication {

	/**
	 * Publish through the publishers and exit with 0 if every event was sent, 1 if not.
	 * @param args the application properties, as {@code --name=value}
	 */
	public static void main(String[] args) {
		int failures = 0;
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CredentialChildApplication.class)
			.web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			.run(args)) {
			ReactiveEventGridTemplate publishers = context.getBean(ReactiveEventGridTemplate.class);
			EventGridOperations eventGrid = context.getBean(EventGridOperations.class);
			for (String name : List.of(context.getEnvironment().getRequiredProperty("child.publishers").split(","))) {
				System.out.println(name + ": " + publishers.getPublisher(name).getCredential().describe());
				try {
					eventGrid.send(name, IdentityEmulator.event());
					System.out.println(name + ": sent");
				}
				catch (RuntimeException ex) {
					System.out.println(name + ": failed: " + ex.getMessage());
					failures++;
				}
			}
		}
		System.exit((failures != 0) ? 1 : 0);
	}

}
