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
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import com.azure.core.credential.AccessToken;
import com.azure.core.credential.TokenCredential;
import dev.eventgrid.emulator.EventGridEmulator;
import dev.eventgrid.emulator.model.ReceivedEvent;
import dev.eventgrid.spring.core.EventGridOperations;
import dev.eventgrid.spring.core.EventGridPublisher;
import dev.eventgrid.spring.core.EventGridTemplate;
import dev.eventgrid.spring.core.ReactiveEventGridOperations;
import dev.eventgrid.spring.core.ReactiveEventGridTemplate;
import dev.eventgrid.spring.credential.EventGridCredential;
import dev.eventgrid.spring.credential.EventGridSas;
import dev.eventgrid.spring.event.CloudEvent;
import dev.eventgrid.spring.event.EventSchema;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.source.MutuallyExclusiveConfigurationPropertiesException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.WebClientCustomizer;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.util.unit.DataSize;
import org.springframework.web.reactive.function.client.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link EventGridAutoConfiguration}.
 *
 * @author Event Grid for Spring Boot team
 */
class EventGridAutoConfigurationTests {

	private static EventGridEmulator emulator;

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(EventGridAutoConfiguration.class));

	@BeforeAll
	static void startEmulator() {
		emulator = EventGridEmulator.builder()
			.topic("orders", dev.eventgrid.emulator.model.InputSchema.CLOUD_EVENT_V1_0)
			.topic("audit", dev.eventgrid.emulator.model.InputSchema.EVENT_GRID_EVENT)
			.start();
	}

	@AfterAll
	static void stopEmulator() {
		emulator.close();
	}

	@BeforeEach
	void clearEmulator() {
		emulator.clear();
	}

	private static String[] orders(String... more) {
		List<String> properties = new ArrayList<>(List.of("eventgrid.endpoint=" + emulator.httpEndpoint("orders"),
				"eventgrid.key=" + emulator.key("orders")));
		properties.addAll(List.of(more));
		return properties.toArray(String[]::new);
	}

	private static EventGridPublisher publisher(AssertableApplicationContext context, String name) {
		return context.getBean(ReactiveEventGridTemplate.class).getPublisher(name);
	}

	private static CloudEvent event() {
		return CloudEvent.builder().source("/s").type("t").data(1).build();
	}

	private static FailureAnalysis analysis(AssertableApplicationContext context) {
		assertThat(context).hasFailed();
		FailureAnalysis analysis = new InvalidEventGridConfigurationFailureAnalyzer()
			.analyze(context.getStartupFailure());
		assertThat(analysis).as("analysis of %s", context.getStartupFailure()).isNotNull();
		return analysis;
	}

	static TokenCredential emulatorToken() {
		return (request) -> Mono
			.fromSupplier(() -> new AccessToken(emulator.issueAccessToken(), OffsetDateTime.now().plusHours(1)));
	}

	static EventGridConnectionDetails details(String name, String endpoint) {
		return new EventGridConnectionDetails() {

			@Override
			public Set<String> getPublisherNames() {
				return Set.of(name);
			}

			@Override
			public @Nullable EventGridConnection getConnection(String publisher) {
				return name.equals(publisher) ? new EventGridConnection(endpoint, emulator.key("orders"), null) : null;
			}

		};
	}

	@Nested
	class Activation {

		@Test
		void doesNothingWithoutAnEndpoint() {
			EventGridAutoConfigurationTests.this.contextRunner
				.run((context) -> assertThat(context).doesNotHaveBean(ReactiveEventGridOperations.class)
					.doesNotHaveBean(EventGridOperations.class)
					.doesNotHaveBean(EventGridConnectionDetails.class));
		}

		@Test
		void createsBothTemplatesForAnEndpoint() {
			EventGridAutoConfigurationTests.this.contextRunner.withPropertyValues(orders()).run((context) -> {
				assertThat(context).hasSingleBean(ReactiveEventGridTemplate.class)
					.hasSingleBean(EventGridTemplate.class)
					.hasSingleBean(PropertiesEventGridConnectionDetails.class);
				assertThat(context.getBean(EventGridTemplate.class).send(event()).eventCount()).isOne();
				assertThat(emulator.receivedEvents("orders")).hasSize(1);
			});
		}

		@Test
		void activatesForNamedPublishersAlone() {
			EventGridAutoConfigurationTests.this.contextRunner
				.withPropertyValues("eventgrid.publishers.audit.endpoint=" + emulator.httpEndpoint("audit"),
						"eventgrid.publishers.audit.key=" + emulator.key("audit"),
						"eventgrid.publishers.audit.schema=event-grid-event")
				.run((context) -> assertThat(context.getBean(ReactiveEventGridTemplate.class).getDefaultPublisher())
					.isEqualTo("audit"));
		}

		@Test
		void activatesForAConnectionDetailsBean() {
			EventGridAutoConfigurationTests.this.contextRunner
				.withBean(EventGridConnectionDetails.class, () -> details("default", emulator.httpEndpoint("orders")))
				.run((context) -> {
					assertThat(context).hasSingleBean(ReactiveEventGridTemplate.class);
					context.getBean(EventGridTemplate.class).send(event());
					assertThat(emulator.receivedEvents("orders")).hasSize(1);
				});
		}

		@Test
		void backsOffWithoutWebFlux() {
			EventGridAutoConfigurationTests.this.contextRunner.withPropertyValues(orders())
				.withClassLoader(new FilteredClassLoader(WebClient.class))
				.run((context) -> assertThat(context).doesNotHaveBean(ReactiveEventGridOperations.class));
		}

		@Test
		void publishesWithAKeyWithoutAzureCore() {
			EventGridAutoConfigurationTests.this.contextRunner.withPropertyValues(orders())
				.withClassLoader(new FilteredClassLoader("com.azure"))
				.run((context) -> {
					assertThat(context.getBean(EventGridTemplate.class).send(event()).eventCount()).isOne();
					assertThat(emulator.receivedEvents("orders")).hasSize(1);
				});
		}

		@Test
		void reportsThatTokensNeedAzureCore() {
			EventGridAutoConfigurationTests.this.contextRunner
				.withPropertyValues("eventgrid.endpoint=https://t.westus2-1.eventgrid.azure.net/api/events")
				.withClassLoader(new FilteredClassLoader("com.azure"))
				.run((context) -> assertThat(analysis(context))
					.satisfies((analysis) -> assertThat(analysis.getDescription()).isEqualTo(
							"Invalid Event Grid configuration at 'eventgrid.key': the publisher has no key or SAS token"))
					.satisfies((analysis) -> assertThat(analysis.getAction()).contains("com.azure:azure-core")));
		}

		@Test
		void backsOffWithoutWebClient() {
			EventGridAutoConfigurationTests.this.contextRunner.withPropertyValues(orders())
				.withClassLoader(new FilteredClassLoader(WebClient.class))
				.run((context) -> assertThat(context).doesNotHaveBean(ReactiveEventGridOperations.class));
		}

	}

	@Nested
	class Credentials {

		@Test
		void usesTheAccessKey() {
			EventGridAutoConfigurationTests.this.contextRunner.withPropertyValues(orders()).run((context) -> {
				assertThat(publisher(context, "default").getCredential().describe()).isEqualTo("access key");
				context.getBean(EventGridTemplate.class).send(event());
				assertThat(emulator.receivedEvents("orders").get(0).headers().contains("aeg-sas-key")).isTrue();
			});
		}

		@Test
		void usesTheSasToken() {
			String sas = EventGridSas.generateSas(emulator.httpEndpoint("orders"), emulator.key("orders"),
					OffsetDateTime.now().plusHours(1));
			EventGridAutoConfigurationTests.this.contextRunner
				.withPropertyValues("eventgrid.endpoint=" + emulator.httpEndpoint("orders"),
						"eventgrid.sas-token=" + sas)
				.run((context) -> {
					assertThat(publisher(context, "default").getCredential().describe()).isEqualTo("SAS token");
					context.getBean(EventGridTemplate.class).send(event());
					assertThat(emulator.receivedEvents("orders").get(0).headers().contains("aeg-sas-token")).isTrue();
				});
		}

		@Test
		void resolvesAClientSecretWithSpringCloudAzure() {
			EventGridAutoConfigurationTests.this.contextRunner
				.withPropertyValues("eventgrid.endpoint=https://t.westus2-1.eventgrid.azure.net/api/events",
						"eventgrid.credential.client-id=00000000-0000-0000-0000-000000000001",
						"eventgrid.credential.client-secret=s3cret", "eventgrid.credential.tenant-id=contoso")
				.run((context) -> assertThat(publisher(context, "default").getCredential().describe())
					.isEqualTo("token credential (ClientSecretCredential)"));
		}

		@Test
		void resolvesAManagedIdentityWithSpringCloudAzure() {
			EventGridAutoConfigurationTests.this.contextRunner
				.withPropertyValues("eventgrid.endpoint=https://t.westus2-1.eventgrid.azure.net/api/events",
						"eventgrid.credential.managed-identity-enabled=true")
				.run((context) -> assertThat(publisher(context, "default").getCredential().describe())
					.isEqualTo("token credential (ManagedIdentityCredential)"));
		}

		@Test
		void usesTheNamedTokenCredentialBean() {
			EventGridAutoConfigurationTests.this.contextRunner.withUserConfiguration(TokenCredentials.class)
				.withPropertyValues("eventgrid.endpoint=" + emulator.httpEndpoint("orders"),
						"eventgrid.credential.token-credential-bean-name=emulatorToken")
				.run((context) -> {
					context.getBean(EventGridTemplate.class).send(event());
					assertThat(emulator.receivedEvents("orders").get(0).headers().first("Authorization"))
						.startsWith("Bearer ");
				});
		}

		@Test
		void usesTheUniqueTokenCredentialBean() {
			EventGridAutoConfigurationTests.this.contextRunner
				.withBean("emulatorToken", TokenCredential.class, EventGridAutoConfigurationTests::emulatorToken)
				.withPropertyValues("eventgrid.endpoint=" + emulator.httpEndpoint("orders"))
				.run((context) -> {
					context.getBean(EventGridTemplate.class).send(event());
					assertThat(emulator.receivedEvents("orders")).hasSize(1);
				});
		}

		@Test
		void fallsBackToDefaultAzureCredential() {
			EventGridAutoConfigurationTests.this.contextRunner
				.withPropertyValues("eventgrid.endpoint=https://t.westus2-1.eventgrid.azure.net/api/events")
				.run((context) -> assertThat(publisher(context, "default").getCredential().describe())
					.isEqualTo("token credential (DefaultAzureCredential)"));
		}

		@Test
		void failsWithoutAnyCredential() {
			EventGridAutoConfigurationTests.this.contextRunner
				.withPropertyValues("eventgrid.endpoint=https://t.westus2-1.eventgrid.azure.net/api/events")
				.withClassLoader(new FilteredClassLoader("com.azure.identity"))
				.run((context) -> assertThat(analysis(context))
					.satisfies((analysis) -> assertThat(analysis.getDescription()).startsWith(
							"Invalid Event Grid configuration at 'eventgrid.key': the publisher has no key, SAS token "
									+ "or credential.*"))
					.satisfies((analysis) -> assertThat(analysis.getAction())
						.contains("Set eventgrid.key, eventgrid.sas-token or eventgrid.credential.*")));
		}

		@Test
		void treatsABlankKeyAsUnset() {
			EventGridAutoConfigurationTests.this.contextRunner
				.withPropertyValues("eventgrid.endpoint=https://t.westus2-1.eventgrid.azure.net/api/events",
						"eventgrid.key=", "eventgrid.sas-token= ")
				.run((context) -> assertThat(publisher(context, "default").getCredential().describe())
					.isEqualTo("token credential (DefaultAzureCredential)"));
		}

		@Test
		void reportsAKeyThatIsNotBase64WithoutShowingIt() {
			EventGridAutoConfigurationTests.this.contextRunner
				.withPropertyValues("eventgrid.endpoint=https://t.westus2-1.eventgrid.azure.net/api/events",
						"eventgrid.key=not-a-key!")
				.run((context) -> {
					FailureAnalysis analysis = analysis(context);
					assertThat(analysis.getDescription())
						.startsWith("Invalid Event Grid configuration at 'eventgrid.key': ")
						.contains("access key is not valid base64");
					assertThat(analysis.getDescription() + analysis.getAction()).doesNotContain("not-a-key!");
				});
		}

		@Test
		void refusesTwoCredentialsOnOnePublisher() {
			EventGridAutoConfigurationTests.this.contextRunner
				.withPropertyValues(orders("eventgrid.sas-token=r=x&e=y&s=z"))
				.run((context) -> assertThat(context).getFailure()
					.rootCause()
					.isInstanceOf(MutuallyExclusiveConfigurationPropertiesException.class)
					.hasMessageContaining("eventgrid.key, eventgrid.sas-token"));
		}

	}

	@Nested
	class Publishers {

		@Test
		void createsSeveralPublishersThatInheritSettings() {
			EventGridAutoConfigurationTests.this.contextRunner
				.withPropertyValues(orders("eventgrid.retry.max-attempts=7", "eventgrid.batch.concurrency=3",
						"eventgrid.publishers.audit.endpoint=" + emulator.httpEndpoint("audit"),
						"eventgrid.publishers.audit.key=" + emulator.key("audit"),
						"eventgrid.publishers.audit.schema=event-grid-event",
						"eventgrid.publishers.audit.batch.concurrency=1"))
				.run((context) -> {
					ReactiveEventGridTemplate template = context.getBean(ReactiveEventGridTemplate.class);
					assertThat(template.getPublishers()).containsOnlyKeys("default", "audit");
					assertThat(template.getDefaultPublisher()).isEqualTo("default");
					assertThat(template.getPublisher("audit").getSchema()).isEqualTo(EventSchema.EVENT_GRID_EVENT);
					assertThat(template.getPublisher("default").getSchema()).isEqualTo(EventSchema.CLOUD_EVENT);
					assertThat(template.getPublisher("audit")).extracting("concurrency").isEqualTo(1);
					assertThat(template.getPublisher("default")).extracting("concurrency").isEqualTo(3);
					assertThat(template.getPublisher("audit")).extracting("retry.maxAttempts").isEqualTo(7);
					EventGridTemplate blocking = context.getBean(EventGridTemplate.class);
					blocking.send(event());
					blocking.convertAndSend("audit", Map.of("a", 1));
					assertThat(emulator.receivedEvents("orders")).hasSize(1);
					assertThat(emulator.receivedEvents("audit")).hasSize(1);
				});
		}

		@Test
		void namedPublishersDoNotInheritTheConnection() {
			EventGridAutoConfigurationTests.this.contextRunner
				.withPropertyValues(orders("eventgrid.publishers.audit.schema=event-grid-event"))
				.run((context) -> assertThat(analysis(context).getDescription()).isEqualTo(
						"Invalid Event Grid configuration at 'eventgrid.publishers.audit.endpoint': publisher 'audit' "
								+ "has no endpoint"));
		}

		@Test
		void bindsEveryPublisherSetting() {
			EventGridAutoConfigurationTests.this.contextRunner
				.withPropertyValues(orders("eventgrid.domain-topic=orders-eu", "eventgrid.channel-name=c1",
						"eventgrid.cloud-event.source=/shop", "eventgrid.cloud-event.type-prefix=com.shop.",
						"eventgrid.batch.max-request-size=512KB", "eventgrid.batch.max-event-size=64KB",
						"eventgrid.retry.initial-backoff=100ms", "eventgrid.retry.max-backoff=2s",
						"eventgrid.retry.try-timeout=3s", "eventgrid.timeout=9s"))
				.run((context) -> {
					EventGridPublisher publisher = publisher(context, "default");
					assertThat(publisher.getDomainTopic()).isEqualTo("orders-eu");
					assertThat(publisher).extracting("maxRequestSize").isEqualTo(DataSize.ofKilobytes(512).toBytes());
					assertThat(publisher).extracting("maxEventSize").isEqualTo(DataSize.ofKilobytes(64).toBytes());
					assertThat(publisher).extracting("channelName").isEqualTo("c1");
					assertThat(publisher).extracting("retry.initialBackoff").isEqualTo(Duration.ofMillis(100));
					assertThat(publisher).extracting("retry.maxBackoff").isEqualTo(Duration.ofSeconds(2));
					assertThat(publisher).extracting("retry.tryTimeout").isEqualTo(Duration.ofSeconds(3));
					assertThat(publisher).extracting("retry.timeout").isEqualTo(Duration.ofSeconds(9));
					assertThat(publisher).extracting("cloudEventSource").isEqualTo("/shop");
					assertThat(publisher).extracting("typePrefix").isEqualTo("com.shop.");
				});
		}

		@Test
		void defaultsTheCloudEventSourceToTheApplicationName() {
			EventGridAutoConfigurationTests.this.contextRunner
				.withPropertyValues(orders("spring.application.name=shop"))
				.run((context) -> {
					context.getBean(EventGridTemplate.class).convertAndSend(Map.of("a", 1));
					assertThat(emulator.receivedEvents("orders").get(0).text("source")).isEqualTo("/shop");
				});
		}

		@Test
		void buildsTheWebClientOnTheFirstSend() {
			AtomicInteger builds = new AtomicInteger();
			EventGridAutoConfigurationTests.this.contextRunner
				.withConfiguration(AutoConfigurations.of(WebClientAutoConfiguration.class))
				.withPropertyValues(orders())
				.withBean(WebClientCustomizer.class, () -> (builder) -> builds.incrementAndGet())
				.run((context) -> {
					assertThat(builds).hasValue(0);
					context.getBean(EventGridTemplate.class).send(event());
					context.getBean(EventGridTemplate.class).send(event());
					assertThat(builds).hasValue(1);
					assertThat(emulator.receivedEvents("orders")).hasSize(2);
				});
		}

		@Test
		void usesTheApplicationsJsonMapperAndWebClientBuilder() {
			EventGridAutoConfigurationTests.this.contextRunner
				.withConfiguration(
						AutoConfigurations.of(JacksonAutoConfiguration.class, WebClientAutoConfiguration.class))
				.withPropertyValues(
						orders("spring.jackson.property-naming-strategy=SNAKE_CASE", "spring.application.name=shop"))
				.withBean(WebClientCustomizer.class, () -> (builder) -> builder.defaultHeader("x-customized", "yes"))
				.run((context) -> {
					context.getBean(EventGridTemplate.class).convertAndSend(new Shipment("A-1"));
					ReceivedEvent received = emulator.receivedEvents("orders").get(0);
					assertThat(received.node().get("data").has("order_id")).isTrue();
					assertThat(received.headers().first("x-customized")).isEqualTo("yes");
				});
		}

		@Test
		void withoutBootsWebClientBuilderObservesEachRequestThroughTheApplicationsRegistry() {
			TestObservationRegistry registry = TestObservationRegistry.create();
			EventGridAutoConfigurationTests.this.contextRunner.withPropertyValues(orders())
				.withBean(ObservationRegistry.class, () -> registry)
				.run((context) -> {
					assertThat(context).doesNotHaveBean(WebClient.Builder.class);
					context.getBean(EventGridTemplate.class).send(event());
					assertThat(emulator.receivedEvents("orders")).hasSize(1);
					TestObservationRegistryAssert.assertThat(registry)
						.hasObservationWithNameEqualTo("http.client.requests")
						.that()
						.hasLowCardinalityKeyValue("method", "POST")
						.hasLowCardinalityKeyValue("status", "200");
				});
		}

	}

	@Nested
	class BackOff {

		@Test
		void backsOffFromAUserReactiveOperationsBean() {
			ReactiveEventGridOperations custom = new ReactiveEventGridTemplate(EventGridPublisher
				.builder(emulator.httpEndpoint("orders"))
				.credential(dev.eventgrid.spring.credential.EventGridCredential.accessKey(emulator.key("orders")))
				.build());
			EventGridAutoConfigurationTests.this.contextRunner.withPropertyValues(orders())
				.withBean("custom", ReactiveEventGridOperations.class, () -> custom)
				.run((context) -> {
					assertThat(context.getBean(ReactiveEventGridOperations.class)).isSameAs(custom);
					assertThat(context).hasSingleBean(EventGridTemplate.class);
				});
		}

		@Test
		void backsOffFromAUserOperationsBean() {
			EventGridOperations custom = new EventGridTemplate(
					new ReactiveEventGridTemplate(EventGridPublisher.builder(emulator.httpEndpoint("orders"))
						.credential(
								dev.eventgrid.spring.credential.EventGridCredential.accessKey(emulator.key("orders")))
						.build()));
			EventGridAutoConfigurationTests.this.contextRunner.withPropertyValues(orders())
				.withBean("custom", EventGridOperations.class, () -> custom)
				.run((context) -> assertThat(context.getBean(EventGridOperations.class)).isSameAs(custom));
		}

		@Test
		void usesAUserConnectionDetailsBean() {
			EventGridAutoConfigurationTests.this.contextRunner
				.withPropertyValues("eventgrid.endpoint=https://replaced.westus2-1.eventgrid.azure.net/api/events")
				.withBean(EventGridConnectionDetails.class, () -> details("default", emulator.httpEndpoint("orders")))
				.run((context) -> {
					assertThat(context).doesNotHaveBean(PropertiesEventGridConnectionDetails.class);
					assertThat(publisher(context, "default").getEndpoint().toString())
						.isEqualTo(emulator.httpEndpoint("orders"));
				});
		}

		@Test
		void usesAUserPublisherFactory() {
			EventGridPublisher own = EventGridPublisher.builder(emulator.httpEndpoint("orders"))
				.name("own")
				.credential(dev.eventgrid.spring.credential.EventGridCredential.accessKey(emulator.key("orders")))
				.build();
			EventGridAutoConfigurationTests.this.contextRunner.withPropertyValues(orders())
				.withBean(EventGridPublisherFactory.class,
						() -> new EventGridPublisherFactory(new EventGridProperties(), null,
								details("own", emulator.httpEndpoint("orders")),
								new EventGridCredentialResolver(new DefaultListableBeanFactory(), null),
								WebClient::create, JsonMapper.builder().build(), List.of()) {

							@Override
							public List<EventGridPublisher> createPublishers() {
								return List.of(own);
							}

						})
				.run((context) -> assertThat(context.getBean(ReactiveEventGridTemplate.class).getPublishers())
					.containsOnlyKeys("own"));
		}

		@Test
		void usesAUserCredentialResolver() {
			EventGridCredential credential = EventGridCredential
				.sasToken(EventGridSas.generateSas(emulator.httpEndpoint("orders"), emulator.key("orders"),
						OffsetDateTime.now(ZoneOffset.UTC).plusHours(1)));
			EventGridAutoConfigurationTests.this.contextRunner
				.withPropertyValues("eventgrid.endpoint=" + emulator.httpEndpoint("orders"))
				.withBean(EventGridCredentialResolver.class,
						() -> new EventGridCredentialResolver(new DefaultListableBeanFactory(), null) {

							@Override
							public EventGridCredential resolve(String prefix, EventGridConnection connection,
									EventGridPublisherProperties.Credential settings) {
								return credential;
							}

						})
				.run((context) -> {
					assertThat(publisher(context, "default").getCredential()).isSameAs(credential);
					context.getBean(EventGridTemplate.class)
						.send(CloudEvent.builder().source("/orders").type("Placed").build());
				});
		}

	}

	@Nested
	class Customizers {

		@Test
		void applyInOrderAfterTheProperties() {
			EventGridAutoConfigurationTests.this.contextRunner.withUserConfiguration(OrderedCustomizers.class)
				.withPropertyValues(orders("eventgrid.retry.max-attempts=2"))
				.run((context) -> {
					assertThat(context.getBean("calls"))
						.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
						.containsExactly("publisher first default", "publisher second default", "template first",
								"template second");
					assertThat(publisher(context, "default")).extracting("retry.maxAttempts").isEqualTo(5);
				});
		}

	}

	@Nested
	class Failures {

		@Test
		void reportsAnEndpointThatIsNotAUrl() {
			EventGridAutoConfigurationTests.this.contextRunner
				.withPropertyValues("eventgrid.endpoint=orders.eventgrid.azure.net",
						"eventgrid.key=" + emulator.key("orders"))
				.run((context) -> {
					FailureAnalysis analysis = analysis(context);
					assertThat(analysis.getDescription())
						.startsWith("Invalid Event Grid configuration at 'eventgrid.endpoint': ")
						.contains("'orders.eventgrid.azure.net' is not an absolute https URL");
					assertThat(analysis.getAction())
						.startsWith("Set eventgrid.endpoint to the topic or domain endpoint");
				});
		}

		@Test
		void reportsPlainHttpOffLoopback() {
			EventGridAutoConfigurationTests.this.contextRunner
				.withPropertyValues("eventgrid.endpoint=http://orders.westus2-1.eventgrid.azure.net/api/events",
						"eventgrid.key=" + emulator.key("orders"))
				.run((context) -> assertThat(analysis(context).getDescription())
					.contains("uses plain HTTP, over which credentials are only sent to loopback addresses"));
		}

		@Test
		void allowsPlainHttpWhenAskedTo() {
			EventGridAutoConfigurationTests.this.contextRunner
				.withPropertyValues("eventgrid.endpoint=http://orders.westus2-1.eventgrid.azure.net/api/events",
						"eventgrid.key=" + emulator.key("orders"), "eventgrid.allow-insecure-endpoint=true")
				.run((context) -> assertThat(context).hasNotFailed());
		}

		@Test
		void reportsAnUnknownSchema() {
			EventGridAutoConfigurationTests.this.contextRunner.withPropertyValues(orders("eventgrid.schema=avro"))
				.run((context) -> assertThat(context).getFailure()
					.hasStackTraceContaining("Failed to bind properties under 'eventgrid.schema'")
					.hasRootCauseInstanceOf(IllegalArgumentException.class));
		}

		@Test
		void reportsABadDuration() {
			EventGridAutoConfigurationTests.this.contextRunner.withPropertyValues(orders("eventgrid.timeout=soon"))
				.run((context) -> assertThat(context).getFailure()
					.hasStackTraceContaining("Failed to bind properties under 'eventgrid.timeout'"));
		}

		@Test
		void reportsABadSize() {
			EventGridAutoConfigurationTests.this.contextRunner
				.withPropertyValues(orders("eventgrid.batch.max-request-size=huge"))
				.run((context) -> assertThat(context).getFailure()
					.hasStackTraceContaining("Failed to bind properties under 'eventgrid.batch.max-request-size'"));
		}

		@Test
		void reportsAConcurrencyBelowOne() {
			EventGridAutoConfigurationTests.this.contextRunner
				.withPropertyValues(orders("eventgrid.batch.concurrency=0"))
				.run((context) -> assertThat(analysis(context).getDescription())
					.isEqualTo("Invalid Event Grid configuration at 'eventgrid.batch.concurrency': the value is 0, "
							+ "but it must be at least 1"));
		}

		@Test
		void reportsAnUnknownDefaultPublisher() {
			EventGridAutoConfigurationTests.this.contextRunner
				.withPropertyValues(orders("eventgrid.default-publisher=nope"))
				.run((context) -> assertThat(analysis(context).getDescription()).isEqualTo(
						"Invalid Event Grid configuration at 'eventgrid.default-publisher': Default publisher 'nope' "
								+ "is not one of [default]"));
		}

		@Test
		void reportsIncompleteCredentialSettings() {
			EventGridAutoConfigurationTests.this.contextRunner
				.withPropertyValues("eventgrid.endpoint=https://t.westus2-1.eventgrid.azure.net/api/events",
						"eventgrid.credential.client-secret=s3cret")
				.run((context) -> {
					FailureAnalysis analysis = analysis(context);
					assertThat(analysis.getDescription()).isEqualTo(
							"Invalid Event Grid configuration at 'eventgrid.credential': the credential settings are incomplete");
					assertThat(analysis.getDescription() + analysis.getAction()).doesNotContain("s3cret");
				});
		}

	}

	record Shipment(String orderId) {
	}

	@Configuration(proxyBeanMethods = false)
	static class TokenCredentials {

		@Bean
		TokenCredential emulatorToken() {
			return EventGridAutoConfigurationTests.emulatorToken();
		}

		@Bean
		TokenCredential otherToken() {
			return (request) -> Mono.error(new IllegalStateException("not this one"));
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class OrderedCustomizers {

		@Bean
		List<String> calls() {
			return new ArrayList<>();
		}

		@Bean
		@Order(2)
		EventGridPublisherCustomizer secondPublisherCustomizer(List<String> calls) {
			return (name, builder) -> {
				calls.add("publisher second " + name);
				builder.maxAttempts(5);
			};
		}

		@Bean
		@Order(1)
		EventGridPublisherCustomizer firstPublisherCustomizer(List<String> calls) {
			return (name, builder) -> {
				calls.add("publisher first " + name);
				builder.maxAttempts(3);
			};
		}

		@Bean
		@Order(2)
		ReactiveEventGridTemplateCustomizer secondTemplateCustomizer(List<String> calls) {
			return (template) -> calls.add("template second");
		}

		@Bean
		@Order(1)
		ReactiveEventGridTemplateCustomizer firstTemplateCustomizer(List<String> calls) {
			return (template) -> calls.add("template first");
		}

	}

}
