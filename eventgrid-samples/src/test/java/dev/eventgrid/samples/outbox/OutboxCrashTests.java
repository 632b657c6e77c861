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

package dev.eventgrid.samples.outbox;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.eventgrid.emulator.EventGridEmulator;
import dev.eventgrid.emulator.fault.Fault;
import dev.eventgrid.emulator.model.InputSchema;
import dev.eventgrid.emulator.model.ReceivedEvent;
import dev.eventgrid.emulator.model.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The outbox sample killed with {@code SIGKILL} while its events are on their way, and
 * started again on the same H2 database: every committed order's {@code OrderPlaced}
 * reaches Event Grid, no rolled-back order's ever does, and every duplicate is one that
 * Event Grid accepted before the kill whose publication was not yet completed.
 * <p>
 * The first run sends each event once ({@code eventgrid.retry.max-attempts=1}), and the
 * emulator answers the first requests, holds back the answer to the next ones past the
 * kill, and fails the rest with 503; orders keep coming in while it is killed.
 *
 * @author Event Grid for Spring Boot team
 */
class OutboxCrashTests {

	private static final String TOPIC = "orders";

	private static final int FIRST_RUN_ORDERS = 30;

	private static final int SECOND_RUN_ORDERS = 10;

	private static final int ORDERS_AT_THE_KILL = 4;

	private static final int ANSWERED = 10;

	private static final int HELD_BACK = 4;

	private static final Duration HOLD = Duration.ofMinutes(5);

	private EventGridEmulator emulator;

	private Path directory;

	@BeforeEach
	void startEmulator() throws Exception {
		this.emulator = EventGridEmulator.builder().topic(TOPIC, InputSchema.CLOUD_EVENT_V1_0).start();
		this.directory = Files.createDirectories(Path.of("target", "outbox-crash", UUID.randomUUID().toString()));
	}

	@AfterEach
	void stopEmulator() {
		this.emulator.close();
	}

	@Test
	void everyCommittedOrderIsPublishedAndNoRolledBackOneAfterAKill() throws Exception {
		Ledger ledger = new Ledger();
		this.emulator.faults()
			.delayNext(ANSWERED, Duration.ZERO)
			.delayNext(HELD_BACK, HOLD)
			.failNext(Integer.MAX_VALUE, 503);
		SampleProcess first = SampleProcess.start(this.directory.resolve("run-1.log"),
				args("--eventgrid.retry.max-attempts=1", "--eventgrid.retry.try-timeout=" + HOLD.multipliedBy(2),
						"--eventgrid.timeout=" + HOLD.multipliedBy(2)));
		placeOrders(first, "first", FIRST_RUN_ORDERS, ledger);
		int sentBeforeTheKill = ledger.committed.size();
		await().atMost(Duration.ofSeconds(30)).until(() -> requests().size() == sentBeforeTheKill);
		List<CompletableFuture<?>> atTheKill = new ArrayList<>();
		for (int i = 1; i <= ORDERS_AT_THE_KILL; i++) {
			atTheKill.add(first.placeOrderAsync("kill-" + i, "10.00"));
		}
		// why: kill once an order of these has committed and its event gone out, while
		// the others are on their way: in the controller, in a transaction, or sending.
		await().atMost(Duration.ofSeconds(30)).until(() -> requests().size() > sentBeforeTheKill);
		assertThat(first.kill()).as("exit status of SIGKILL").isEqualTo(137);
		long lastRequestBeforeRestart = requests().stream().mapToLong(RecordedRequest::sequence).max().orElse(0);

		Map<String, String> committedBeforeTheKill = orders();
		assertThat(committedBeforeTheKill).containsAllEntriesOf(ledger.committed);
		assertThat(committedBeforeTheKill.values()).doesNotContainAnyElementsOf(ledger.rolledBack);
		committedBeforeTheKill.forEach(ledger.committed::putIfAbsent);

		this.emulator.faults().clear();
		SampleProcess second = SampleProcess.start(this.directory.resolve("run-2.log"), args());
		placeOrders(second, "second", SECOND_RUN_ORDERS, ledger);
		await().atMost(Duration.ofSeconds(30)).until(() -> accepted().keySet().containsAll(ledger.committed.keySet()));
		second.stop();

		Outcome outcome = new Outcome(ledger, accepted(), requestsBySequence(), lastRequestBeforeRestart);
		System.out.println(outcome.report(atTheKill.size(),
				committedBeforeTheKill.keySet()
					.stream()
					.filter((orderId) -> committedBeforeTheKill.get(orderId).startsWith("kill-"))
					.count()));
		assertThat(outcome.lost()).isEmpty();
		assertThat(outcome.sentAfterRollback()).isEmpty();
		assertThat(outcome.unexplainedDuplicates()).isEmpty();
		assertThat(outcome.heldBack()).hasSize(HELD_BACK);
		assertThat(outcome.firstAcceptedAfterTheRestart())
			.isGreaterThanOrEqualTo(sentBeforeTheKill - ANSWERED - HELD_BACK);
		assertThat(orders()).isEqualTo(ledger.committed);
		assertThat(incompletePublications()).isZero();
	}

	private List<String> args(String... extra) {
		List<String> args = new ArrayList<>(List.of("--eventgrid.endpoint=" + this.emulator.httpEndpoint(TOPIC),
				"--eventgrid.key=" + this.emulator.key(TOPIC),
				"--samples.outbox.database=" + this.directory.resolve("orders").toAbsolutePath(),
				"--spring.task.execution.shutdown.await-termination=true",
				"--spring.task.execution.shutdown.await-termination-period=20s", "--logging.level.root=warn"));
		args.addAll(List.of(extra));
		return args;
	}

	private static void placeOrders(SampleProcess sample, String run, int count, Ledger ledger) {
		for (int i = 1; i <= count; i++) {
			String customer = run + "-" + i;
			boolean overTheLimit = i % 5 == 0;
			var response = sample.placeOrder(customer, overTheLimit ? "5000.00" : "25.00");
			if (overTheLimit) {
				assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
				ledger.rolledBack.add(customer);
			}
			else {
				assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
				ledger.committed.put(response.body().replaceAll(".*\"orderId\":\"([^\"]+)\".*", "$1"), customer);
			}
		}
	}

	private List<RecordedRequest> requests() {
		return this.emulator.requests().stream().filter((request) -> TOPIC.equals(request.topic())).toList();
	}

	private Map<Long, RecordedRequest> requestsBySequence() {
		return requests().stream().collect(Collectors.toMap(RecordedRequest::sequence, Function.identity()));
	}

	private Map<String, List<ReceivedEvent>> accepted() {
		return this.emulator.receivedEvents(TOPIC)
			.stream()
			.collect(Collectors.groupingBy((event) -> event.node().get("data").get("orderId").asString(),
					LinkedHashMap::new, Collectors.toList()));
	}

	private Map<String, String> orders() throws SQLException {
		Map<String, String> orders = new LinkedHashMap<>();
		try (Connection connection = connect();
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select id, customer from orders")) {
			while (rows.next()) {
				orders.put(rows.getString(1), rows.getString(2));
			}
		}
		return orders;
	}

	private int incompletePublications() throws SQLException {
		try (Connection connection = connect();
				Statement statement = connection.createStatement();
				ResultSet rows = statement
					.executeQuery("select count(*) from event_publication where completion_date is null")) {
			rows.next();
			return rows.getInt(1);
		}
	}

	private Connection connect() throws SQLException {
		return DriverManager.getConnection("jdbc:h2:file:" + this.directory.resolve("orders").toAbsolutePath(), "", "");
	}

	/**
	 * What the test placed: the orders committed, by id, and the customers of those
	 * rolled back.
	 */
	private static final class Ledger {

		private final Map<String, String> committed = new LinkedHashMap<>();

		private final Set<String> rolledBack = new HashSet<>();

	}

	/**
	 * What reached the emulator, against what was committed.
	 */
	private record Outcome(Ledger ledger, Map<String, List<ReceivedEvent>> accepted,
			Map<Long, RecordedRequest> requests, long lastRequestBeforeRestart) {

		Set<String> lost() {
			Set<String> lost = new HashSet<>(this.ledger.committed.keySet());
			lost.removeAll(this.accepted.keySet());
			return lost;
		}

		Set<String> sentAfterRollback() {
			Set<String> sent = new HashSet<>(this.accepted.keySet());
			sent.removeAll(this.ledger.committed.keySet());
			return sent;
		}

		long firstAcceptedAfterTheRestart() {
			return this.accepted.values()
				.stream()
				.filter((events) -> events.get(0).requestSequence() > this.lastRequestBeforeRestart)
				.count();
		}

		int duplicates() {
			return this.accepted.values().stream().mapToInt((events) -> events.size() - 1).sum();
		}

		/**
		 * Duplicates whose first copy Event Grid accepted before the kill while the
		 * emulator held the answer back: the publication could not be completed.
		 */
		List<String> heldBack() {
			return duplicated()
				.filter((orderId) -> first(orderId).fault() instanceof Fault.Delay delay && !delay.delay().isZero())
				.toList();
		}

		/**
		 * Duplicates whose first copy was accepted and answered before the kill, which
		 * came before the publication was marked completed.
		 */
		List<String> answeredBeforeCompletion() {
			return duplicated()
				.filter((orderId) -> !heldBack().contains(orderId)
						&& first(orderId).sequence() <= this.lastRequestBeforeRestart && first(orderId).status() == 200)
				.toList();
		}

		List<String> unexplainedDuplicates() {
			return duplicated()
				.filter((orderId) -> !heldBack().contains(orderId) && !answeredBeforeCompletion().contains(orderId))
				.toList();
		}

		private Stream<String> duplicated() {
			return this.accepted.entrySet()
				.stream()
				.filter((entry) -> entry.getValue().size() > 1)
				.map(Map.Entry::getKey);
		}

		private RecordedRequest first(String orderId) {
			return this.requests.get(this.accepted.get(orderId).get(0).requestSequence());
		}

		String report(int ordersAtTheKill, long committedAtTheKill) {
			int accepted = this.accepted.keySet().size();
			return String.format("%nOutbox crash test: committed %d, accepted %d, lost %d, duplicates %d, "
					+ "sent-after-rollback %d%n  rolled back: %d orders over the credit limit; %d orders placed "
					+ "at the kill, %d of them committed%n  first accepted after the restart: %d (refused with 503 or "
					+ "not sent before the kill, or placed after the restart)%n  duplicates: %d accepted before the kill with their "
					+ "answer held back past it, %d answered before the kill but not yet marked completed%n",
					this.ledger.committed.size(), accepted, lost().size(), duplicates(), sentAfterRollback().size(),
					this.ledger.rolledBack.size(), ordersAtTheKill, committedAtTheKill, firstAcceptedAfterTheRestart(),
					heldBack().size(), answeredBeforeCompletion().size());
		}

	}

}
