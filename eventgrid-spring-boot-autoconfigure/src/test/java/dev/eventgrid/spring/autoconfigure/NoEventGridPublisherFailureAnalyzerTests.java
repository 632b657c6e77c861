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

import dev.eventgrid.spring.core.EventGridTemplate;
import dev.eventgrid.spring.core.ReactiveEventGridOperations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatRuntimeException;

/**
 * Tests for {@link NoEventGridPublisherFailureAnalyzer}.
 *
 * @author Event Grid for Spring Boot team
 */
@ExtendWith(OutputCaptureExtension.class)
class NoEventGridPublisherFailureAnalyzerTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(EventGridAutoConfiguration.class));

	@Test
	void namesThePropertiesThatMakeATemplateWhenNoneIsSet() {
		FailureAnalysis analysis = analyze(NeedsATemplate.class, new MockEnvironment());

		assertThat(analysis.getDescription()).contains("required a bean of type '" + EventGridTemplate.class.getName())
			.endsWith("only auto-configured when an Event Grid publisher is configured, but no eventgrid.* "
					+ "property is set.");
		assertThat(analysis.getAction()).startsWith("Set eventgrid.endpoint to the topic or domain endpoint")
			.contains("eventgrid.key, eventgrid.sas-token or eventgrid.credential.*")
			.contains("eventgrid.publishers.<name>.endpoint");
	}

	@Test
	void namesThePropertiesSetWhenTheEndpointIsMissing() {
		MockEnvironment environment = new MockEnvironment().withProperty("eventgrid.key", "c2VjcmV0")
			.withProperty("eventgrid.retry.max-attempts", "2");

		FailureAnalysis analysis = analyze(NeedsReactiveOperations.class, environment);

		assertThat(analysis.getDescription()).contains(ReactiveEventGridOperations.class.getName())
			.contains("eventgrid.endpoint is not set (the eventgrid.* properties set are eventgrid.key, "
					+ "eventgrid.retry.max-attempts)")
			.doesNotContain("c2VjcmV0");
	}

	@Test
	void leavesOtherMissingBeansToSpringBoot() {
		this.contextRunner.withUserConfiguration(NeedsAString.class).run((context) -> {
			assertThat(context).hasFailed();
			assertThat(
					new NoEventGridPublisherFailureAnalyzer(new MockEnvironment()).analyze(context.getStartupFailure()))
				.isNull();
		});
	}

	@Test
	void replacesSpringBootsReportAtStartup(CapturedOutput output) {
		SpringApplication application = new SpringApplication(NeedsATemplate.class);
		application.setWebApplicationType(WebApplicationType.NONE);

		assertThatRuntimeException()
			.isThrownBy(() -> application.run("--spring.main.banner-mode=off", "--eventgrid.sas-token=r=x&e=y&s=z"));

		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("eventgrid.endpoint is not set (the eventgrid.* properties set are eventgrid.sas-token)")
			.contains("Set eventgrid.endpoint to the topic or domain endpoint");
	}

	private FailureAnalysis analyze(Class<?> configuration, MockEnvironment environment) {
		FailureAnalysis[] analysis = new FailureAnalysis[1];
		this.contextRunner.withUserConfiguration(configuration).run((context) -> {
			assertThat(context).hasFailed();
			analysis[0] = new NoEventGridPublisherFailureAnalyzer(environment).analyze(context.getStartupFailure());
		});
		assertThat(analysis[0]).isNotNull();
		return analysis[0];
	}

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration(EventGridAutoConfiguration.class)
	static class NeedsATemplate {

		@Bean
		String orders(EventGridTemplate template) {
			return "orders";
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class NeedsReactiveOperations {

		@Bean
		String orders(ReactiveEventGridOperations operations) {
			return "orders";
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class NeedsAString {

		@Bean
		Integer length(String text) {
			return text.length();
		}

	}

}
