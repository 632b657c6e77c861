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

package dev.eventgrid.spring.namespace;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;

import dev.eventgrid.emulator.namespace.DeadLetteredCloudEvent;
import dev.eventgrid.emulator.namespace.PullSubscription;
import dev.eventgrid.spring.EventGridAuthenticationException;
import dev.eventgrid.spring.EventGridException;
import dev.eventgrid.spring.core.EventGridTemplate;
import dev.eventgrid.spring.core.ReactiveEventGridTemplate;
import dev.eventgrid.spring.credential.EventGridCredential;
import dev.eventgrid.spring.event.CloudEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests of {@link EventGridReceiver} and {@link ReactiveEventGridReceiver} against the
 * emulator's namespace: each operation, per-token results, and the errors of the service
 * and of the arguments.
 *
 * @author Event Grid for Spring Boot team
 */
class EventGridReceiverTests {

	private static final Duration WAIT = Duration.ofSeconds(10);

	@RegisterExtension
	static final NamespaceFixture fixture = new NamespaceFixture();

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "key", "sas", "token" })
	void receivesLockedEventsWithEveryCredential(String credential) {
		publish(3);
		EventGridReceiver receiver = receiver((builder) -> builder.credential(credential(credential)));

		List<ReceivedEvent> received = receiver.receive(10, WAIT);

		assertThat(received).extracting((event) -> event.event().getId()).containsExactly("e0", "e1", "e2");
		assertThat(received).allSatisfy((event) -> {
			assertThat(event.deliveryCount()).isEqualTo(1);
			assertThat(event.lockToken()).isNotBlank();
			assertThat(event.event().getType()).isEqualTo("Order.Placed");
			assertThat(event.event().getSource()).isEqualTo("/orders");
		});
		assertThat(workers().lockedCount()).isEqualTo(3);
	}

	@Test
	void receivesAtMostMaxEventsAndNothingOnceTheWaitIsOver() {
		publish(5);
		EventGridReceiver receiver = receiver(UnaryOperator.identity());

		assertThat(receiver.receive(2, WAIT)).hasSize(2);
		assertThat(receiver.receive(100, WAIT)).hasSize(3);
		assertThat(receiver.receive(1, WAIT)).isEmpty();
	}

	@Test
	void acknowledgedEventsAreGoneAndAnAcknowledgedTokenFailsTheSecondTime() {
		publish(2);
		EventGridReceiver receiver = receiver(UnaryOperator.identity());
		List<String> tokens = tokens(receiver.receive(10, WAIT));

		LockTokenResult first = receiver.acknowledge(tokens);
		LockTokenResult second = receiver.acknowledge(tokens.subList(0, 1));

		assertThat(first.succeededLockTokens()).containsExactlyElementsOf(tokens);
		assertThat(first.isAllSucceeded()).isTrue();
		assertThat(second.succeededLockTokens()).isEmpty();
		assertThat(second.failedLockTokens()).singleElement().satisfies((failed) -> {
			assertThat(failed.lockToken()).isEqualTo(tokens.get(0));
			assertThat(failed.errorCode()).isEqualTo("TokenLost");
			assertThat(failed.errorDescription()).isEqualTo("Token has expired.");
		});
		assertThat(workers().size()).isZero();
	}

	@Test
	void releasedEventsComeBackWithAHigherDeliveryCount() {
		publish(1);
		EventGridReceiver receiver = receiver(UnaryOperator.identity());
		ReceivedEvent first = receiver.receive(1, WAIT).get(0);

		assertThat(receiver.release(List.of(first.lockToken())).isAllSucceeded()).isTrue();
		ReceivedEvent again = receiver.receive(1, WAIT).get(0);

		assertThat(again.event().getId()).isEqualTo(first.event().getId());
		assertThat(again.deliveryCount()).isEqualTo(2);
		assertThat(again.lockToken()).isNotEqualTo(first.lockToken());
	}

	@Test
	void eventsReleasedWithADelayComeBackOnlyAfterIt() {
		publish(1);
		EventGridReceiver receiver = receiver(UnaryOperator.identity());
		ReceivedEvent first = receiver.receive(1, WAIT).get(0);

		long start = System.nanoTime();
		assertThat(receiver.release(List.of(first.lockToken()), Duration.ofSeconds(60)).isAllSucceeded()).isTrue();
		assertThat(workers().availableCount()).isZero();
		ReceivedEvent again = receiver.receive(1, Duration.ofSeconds(120)).get(0);

		// 60 s at the emulator's time scale of 100: 600 ms
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(550));
		assertThat(again.deliveryCount()).isEqualTo(2);
	}

	@Test
	void rejectedEventsAreDeadLetteredAndNeverReceivedAgain() throws Exception {
		publish(1);
		EventGridReceiver receiver = receiver(UnaryOperator.identity());
		ReceivedEvent first = receiver.receive(1, WAIT).get(0);

		assertThat(receiver.reject(List.of(first.lockToken())).isAllSucceeded()).isTrue();

		List<DeadLetteredCloudEvent> dead = workers().awaitDeadLetteredEvents(1, Duration.ofSeconds(5));
		assertThat(dead).hasSize(1);
		assertThat(receiver.receive(1, WAIT)).isEmpty();
	}

	@Test
	void renewedLocksOutliveTheirFirstExpiry() throws Exception {
		publish(1);
		EventGridReceiver receiver = receiver(UnaryOperator.identity());
		ReceivedEvent first = receiver.receive(1, WAIT).get(0);

		// renew twice within the 600 ms lock, for more than a lock duration in all
		for (int i = 0; i < 3; i++) {
			Thread.sleep(250);
			assertThat(receiver.renewLocks(List.of(first.lockToken())).isAllSucceeded()).isTrue();
		}

		assertThat(receiver.acknowledge(List.of(first.lockToken())).isAllSucceeded()).isTrue();
	}

	@Test
	void expiredAndUnknownLockTokensFailPerToken() throws Exception {
		publish(2);
		EventGridReceiver receiver = receiver(UnaryOperator.identity());
		List<String> tokens = tokens(receiver.receive(2, WAIT));
		Thread.sleep(900);

		LockTokenResult expired = receiver.acknowledge(List.of(tokens.get(0)));
		LockTokenResult renewed = receiver.renewLocks(List.of(tokens.get(1)));
		LockTokenResult unknown = receiver.release(List.of("not-a-token"));

		assertThat(expired.failedLockTokens()).singleElement()
			.satisfies((failed) -> assertThat(failed.errorCode()).isEqualTo("TokenLost"));
		assertThat(renewed.failedLockTokens()).singleElement()
			.satisfies((failed) -> assertThat(failed.errorCode()).isEqualTo("TokenLost"));
		assertThat(unknown.failedLockTokens()).singleElement().satisfies((failed) -> {
			assertThat(failed.lockToken()).isEqualTo("not-a-token");
			assertThat(failed.errorCode()).isEqualTo("BadToken");
		});
	}

	@Test
	void reactiveReceiverReceivesAndAcknowledges() {
		publish(1);
		ReactiveEventGridReceiver receiver = receiver(UnaryOperator.identity()).getReactive();

		StepVerifier.create(receiver.receive(1, WAIT).flatMap((received) -> receiver.acknowledge(tokens(received))))
			.assertNext((result) -> assertThat(result.succeededLockTokens()).hasSize(1))
			.verifyComplete();
	}

	@Test
	void retriesWhatTheServiceMayAnswerLater() {
		publish(1);
		fixture.namespace().faults().failNext(2, 503);
		EventGridReceiver receiver = receiver(UnaryOperator.identity());

		assertThat(receiver.receive(1, WAIT)).hasSize(1);
	}

	@Test
	void unknownTopicFailsWith410() {
		EventGridReceiver receiver = receiver((builder) -> builder.topic("nosuch"));

		assertThatExceptionOfType(EventGridException.class).isThrownBy(() -> receiver.receive(1, WAIT))
			.satisfies((ex) -> assertThat(ex.getStatusCode()).isEqualTo(410))
			.withMessageContaining("receive from nosuch/workers")
			.withMessageContaining("check the topic name");
	}

	@Test
	void unknownSubscriptionFailsWith404() {
		EventGridReceiver receiver = receiver((builder) -> builder.subscription("nosuch"));

		assertThatExceptionOfType(EventGridException.class).isThrownBy(() -> receiver.acknowledge(List.of("token")))
			.satisfies((ex) -> assertThat(ex.getStatusCode()).isEqualTo(404))
			.withMessageContaining("subscription name");
	}

	@Test
	void unknownNamespaceFailsWith404() {
		String other = fixture.endpoint().replace("/namespaces/contoso", "/namespaces/fabrikam");
		EventGridReceiver receiver = new EventGridReceiver(ReactiveEventGridReceiver.builder(other)
			.topic(NamespaceFixture.TOPIC)
			.subscription(NamespaceFixture.WORKERS)
			.credential(fixture.accessKey())
			.webClient(fixture.webClient)
			.build());

		assertThatExceptionOfType(EventGridException.class).isThrownBy(() -> receiver.receive(1, WAIT))
			.satisfies((ex) -> assertThat(ex.getStatusCode()).isEqualTo(404));
	}

	@Test
	void wrongKeyFailsAsAnAuthenticationFailureThatNeverShowsTheKey() {
		String wrong = "d3Jvbmcta2V5LXdyb25nLWtleS13cm9uZy1rZXktd3Jvbmc=";
		EventGridReceiver receiver = receiver((builder) -> builder.credential(EventGridCredential.accessKey(wrong)));

		assertThatExceptionOfType(EventGridAuthenticationException.class).isThrownBy(() -> receiver.receive(1, WAIT))
			.satisfies((ex) -> assertThat(ex.getStatusCode()).isEqualTo(401))
			.withMessageContaining("check the access key of the namespace")
			.withMessageNotContaining(wrong);
	}

	@Test
	void refusesArgumentsOutOfTheServicesRanges() {
		EventGridReceiver receiver = receiver(UnaryOperator.identity());

		assertThatIllegalArgumentException().isThrownBy(() -> receiver.receive(0, WAIT))
			.withMessage("Receiver 'workers' can receive 1 to 100 events at once, not 0");
		assertThatIllegalArgumentException().isThrownBy(() -> receiver.receive(101, WAIT))
			.withMessageContaining("not 101");
		assertThatIllegalArgumentException().isThrownBy(() -> receiver.receive(1, Duration.ofSeconds(9)))
			.withMessageContaining("whole seconds from 10 to 120");
		assertThatIllegalArgumentException().isThrownBy(() -> receiver.receive(1, Duration.ofSeconds(121)))
			.withMessageContaining("not PT2M1S");
		assertThatIllegalArgumentException().isThrownBy(() -> receiver.receive(1, Duration.ofMillis(10500)))
			.withMessageContaining("whole seconds");
		assertThatIllegalArgumentException().isThrownBy(() -> receiver.release(List.of("t"), Duration.ofSeconds(30)))
			.withMessageContaining("[0s, 10s, 60s, 600s, 3600s] only, not PT30S");
		assertThatIllegalArgumentException().isThrownBy(() -> receiver.acknowledge(List.of()))
			.withMessageContaining("at least one lock token to acknowledge");
		assertThatIllegalArgumentException().isThrownBy(() -> receiver.reject(List.of(" ")))
			.withMessageContaining("blank lock token to reject");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ReactiveEventGridReceiver.builder(fixture.endpoint())
				.topic("orders")
				.subscription("a/b")
				.credential(fixture.accessKey())
				.build())
			.withMessageContaining("subscription 'a/b' is not a valid name");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ReactiveEventGridReceiver.builder("https://t.westus-1.eventgrid.azure.net/api/events")
				.topic("orders")
				.subscription("workers")
				.credential(fixture.accessKey())
				.build())
			.withMessageContaining("without /api/events");
	}

	@Test
	void releaseDelaysAreTheServicesValues() {
		assertThat(ReleaseDelay.of(Duration.ofMinutes(10))).isEqualTo(ReleaseDelay.TEN_MINUTES);
		assertThat(ReleaseDelay.atLeast(Duration.ofSeconds(11))).isEqualTo(ReleaseDelay.ONE_MINUTE);
		assertThat(ReleaseDelay.atLeast(Duration.ofDays(1))).isEqualTo(ReleaseDelay.ONE_HOUR);
	}

	static EventGridReceiver receiver(UnaryOperator<ReactiveEventGridReceiver.Builder> customizer) {
		return new EventGridReceiver(customizer
			.apply(ReactiveEventGridReceiver.builder(fixture.endpoint())
				.name(NamespaceFixture.WORKERS)
				.topic(NamespaceFixture.TOPIC)
				.subscription(NamespaceFixture.WORKERS)
				.credential(fixture.accessKey())
				.webClient(fixture.webClient)
				.initialBackoff(Duration.ofMillis(10))
				.maxBackoff(Duration.ofMillis(40)))
			.build());
	}

	private static EventGridCredential credential(String kind) {
		return switch (kind) {
			case "sas" -> fixture.sasToken();
			case "token" -> fixture.bearerToken();
			default -> fixture.accessKey();
		};
	}

	private static List<String> tokens(List<ReceivedEvent> received) {
		return received.stream().map(ReceivedEvent::lockToken).toList();
	}

	private static PullSubscription workers() {
		return fixture.namespace().subscription(NamespaceFixture.TOPIC, NamespaceFixture.WORKERS);
	}

	static void publish(int count) {
		new EventGridTemplate(new ReactiveEventGridTemplate(fixture.publisher().build())).send(IntStream.range(0, count)
			.mapToObj((i) -> CloudEvent.builder()
				.id("e" + i)
				.source("/orders")
				.type("Order.Placed")
				.data(Map.of("n", i))
				.build())
			.toList());
	}

}
