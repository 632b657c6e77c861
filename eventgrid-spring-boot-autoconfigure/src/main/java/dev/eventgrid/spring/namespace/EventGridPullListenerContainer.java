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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import dev.eventgrid.spring.EventGridHeaders;
import dev.eventgrid.spring.listener.EventGridDeliveryOutcome;
import dev.eventgrid.spring.listener.EventGridListenerEndpoint;
import dev.eventgrid.spring.listener.ListenerInvocation;
import dev.eventgrid.spring.listener.ListenerMessages;
import dev.eventgrid.spring.observation.DefaultEventGridListenerObservationConvention;
import dev.eventgrid.spring.observation.EventGridListenerObservation;
import dev.eventgrid.spring.observation.EventGridListenerObservationConvention;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import reactor.core.Disposable;
import reactor.core.Disposables;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.messaging.Message;
import org.springframework.util.Assert;

/**
 * Calls one listener with the events of a namespace topic's queue subscription: each of
 * its consumers, on a thread of its own, receives up to {@code maxEvents} events, calls
 * the listener once per event (or once with all of them for a batch listener), then
 * acknowledges the events of the calls that returned normally and releases or rejects the
 * others as the listener's error handler decides. A retried event is released with a
 * delay chosen by its delivery count ({@link #setReleaseDelays}), or at least the delay
 * the error handler asks for.
 * <p>
 * {@link #stop(Runnable)} stops gracefully: no consumer receives again, a receive that is
 * waiting is cancelled, the calls in progress finish and are settled, and the events
 * received but not yet started are released at once for another receiver.
 *
 * @author Event Grid for Spring Boot team
 * @since 0.2.0
 */
public final class EventGridPullListenerContainer {

	/**
	 * The header of a listener message holding the event's lock token.
	 */
	public static final String LOCK_TOKEN = EventGridHeaders.PREFIX + "lock_token";

	/**
	 * The header of a listener message holding its {@link EventGridAcknowledgement}.
	 */
	public static final String ACKNOWLEDGEMENT = EventGridHeaders.PREFIX + "acknowledgement";

	/**
	 * The most consumers of one container.
	 */
	public static final int MAX_CONCURRENCY = 64;

	private static final Log logger = LogFactory.getLog(EventGridPullListenerContainer.class);

	private static final List<ReleaseDelay> DEFAULT_RELEASE_DELAYS = List.of(ReleaseDelay.TEN_SECONDS,
			ReleaseDelay.ONE_MINUTE, ReleaseDelay.TEN_MINUTES, ReleaseDelay.ONE_HOUR);

	private static final Duration MAX_FAILURE_BACKOFF = Duration.ofSeconds(30);

	private final String id;

	private final EventGridListenerEndpoint endpoint;

	private final ReactiveEventGridReceiver receiver;

	private final int concurrency;

	private final int maxEvents;

	private final Duration maxWait;

	private final String destination;

	private final boolean manual;

	private final Object lifecycleMonitor = new Object();

	private final List<Consumer> consumers = new ArrayList<>();

	private final List<Runnable> stopCallbacks = new ArrayList<>();

	private final AtomicLong processed = new AtomicLong();

	private List<ReleaseDelay> releaseDelays = DEFAULT_RELEASE_DELAYS;

	private ObservationRegistry observationRegistry = ObservationRegistry.NOOP;

	private @Nullable EventGridListenerObservationConvention observationConvention;

	private boolean autoStartup = true;

	private @Nullable Duration lockRenewal;

	private volatile boolean running;

	private volatile CountDownLatch stopSignal = new CountDownLatch(0);

	private int active;

	/**
	 * Create a container.
	 * @param endpoint the listener
	 * @param receiver the receiver of the subscription
	 * @param concurrency how many consumers receive and call the listener at once: 1 to
	 * {@value #MAX_CONCURRENCY}
	 * @param maxEvents the most events a receive returns: 1 to 100
	 * @param maxWait how long a receive may wait: whole seconds from 10 to 120
	 * @throws IllegalArgumentException if a setting is out of range
	 */
	public EventGridPullListenerContainer(EventGridListenerEndpoint endpoint, ReactiveEventGridReceiver receiver,
			int concurrency, int maxEvents, Duration maxWait) {
		Assert.notNull(endpoint, "'endpoint' must not be null");
		Assert.notNull(receiver, "'receiver' must not be null");
		this.id = endpoint.getId();
		if (concurrency < 1 || concurrency > MAX_CONCURRENCY) {
			throw new IllegalArgumentException(
					"Listener " + this.id + " concurrency must be 1 to " + MAX_CONCURRENCY + ", not " + concurrency);
		}
		if (maxEvents < 1 || maxEvents > ReactiveEventGridReceiver.MAX_EVENTS) {
			throw new IllegalArgumentException(
					"Listener " + this.id + " maxEvents must be 1 to 100 (a receive's most), not " + maxEvents);
		}
		if (maxWait == null || maxWait.compareTo(ReactiveEventGridReceiver.MIN_WAIT) < 0
				|| maxWait.compareTo(ReactiveEventGridReceiver.MAX_WAIT) > 0 || maxWait.toNanosPart() != 0) {
			throw new IllegalArgumentException(
					"Listener " + this.id + " maxWait must be whole seconds from 10 to 120, not " + maxWait);
		}
		this.endpoint = endpoint;
		this.receiver = receiver;
		this.concurrency = concurrency;
		this.maxEvents = maxEvents;
		this.maxWait = maxWait;
		this.destination = receiver.getTopic() + "/" + receiver.getSubscription();
		this.manual = Arrays.stream(endpoint.getMethod().getParameterTypes())
			.anyMatch(EventGridAcknowledgement.class::equals);
	}

	/**
	 * Set the release delays of retried events by delivery count: the first for an event
	 * delivered once, the second for one delivered twice, and the last for any later
	 * delivery. Defaults to 10 s, 1 min, 10 min, 1 h.
	 * @param releaseDelays the delays, at least one
	 */
	public void setReleaseDelays(List<ReleaseDelay> releaseDelays) {
		Assert.notEmpty(releaseDelays, "'releaseDelays' must not be empty");
		Assert.noNullElements(releaseDelays, "'releaseDelays' must not contain null");
		this.releaseDelays = List.copyOf(releaseDelays);
	}

	/**
	 * Set the registry that observes listener calls; {@link ObservationRegistry#NOOP} by
	 * default.
	 * @param observationRegistry the registry
	 */
	public void setObservationRegistry(ObservationRegistry observationRegistry) {
		Assert.notNull(observationRegistry, "'observationRegistry' must not be null");
		this.observationRegistry = observationRegistry;
	}

	/**
	 * Set the convention of the observations of listener calls.
	 * @param observationConvention the convention, or {@code null} for the default one
	 */
	public void setObservationConvention(@Nullable EventGridListenerObservationConvention observationConvention) {
		this.observationConvention = observationConvention;
	}

	/**
	 * Renew the locks of received events at an interval while they are processed, so that
	 * calls may take longer than the subscription's lock duration; choose an interval
	 * well within it, such as half. The service renews for at most an hour after the
	 * receive. Off by default.
	 * @param lockRenewal the interval, at least 100 ms, or {@code null} not to renew
	 */
	public void setLockRenewal(@Nullable Duration lockRenewal) {
		if (lockRenewal != null && lockRenewal.compareTo(Duration.ofMillis(100)) < 0) {
			throw new IllegalArgumentException(
					"Listener " + this.id + " lock renewal interval must be at least 100 ms, not " + lockRenewal);
		}
		this.lockRenewal = lockRenewal;
	}

	/**
	 * Set whether the registry starts the container with the application context;
	 * defaults to true.
	 * @param autoStartup whether to start it automatically
	 */
	public void setAutoStartup(boolean autoStartup) {
		this.autoStartup = autoStartup;
	}

	/**
	 * Return whether the registry starts the container with the application context.
	 * @return whether it starts automatically
	 */
	public boolean isAutoStartup() {
		return this.autoStartup;
	}

	/**
	 * Return the container's id, its listener's.
	 * @return the id
	 */
	public String getId() {
		return this.id;
	}

	/**
	 * Return the listener.
	 * @return the endpoint
	 */
	public EventGridListenerEndpoint getEndpoint() {
		return this.endpoint;
	}

	/**
	 * Return the receiver of the subscription.
	 * @return the receiver
	 */
	public ReactiveEventGridReceiver getReceiver() {
		return this.receiver;
	}

	/**
	 * Return the number of consumers.
	 * @return the concurrency
	 */
	public int getConcurrency() {
		return this.concurrency;
	}

	/**
	 * Return how many events the listener was called with since the container was
	 * created, whatever the outcome.
	 * @return the count
	 */
	public long getProcessedCount() {
		return this.processed.get();
	}

	/**
	 * Start the consumers.
	 * @throws IllegalStateException if the consumers of an earlier stop are still
	 * finishing
	 */
	public void start() {
		synchronized (this.lifecycleMonitor) {
			if (this.running) {
				return;
			}
			Assert.state(this.active == 0,
					() -> "Listener container " + this.id + " is still stopping; start it once it has stopped");
			this.running = true;
			this.stopSignal = new CountDownLatch(1);
			this.consumers.clear();
			this.active = this.concurrency;
			for (int i = 0; i < this.concurrency; i++) {
				Consumer consumer = new Consumer();
				this.consumers.add(consumer);
				Thread thread = new Thread(consumer, "eventgrid-pull-" + this.id + "-" + i);
				thread.start();
			}
		}
		if (logger.isInfoEnabled()) {
			logger.info("Listener container " + this.id + " receives from " + this.destination + " with "
					+ this.concurrency + ((this.concurrency == 1) ? " consumer" : " consumers"));
		}
	}

	/**
	 * Stop gracefully and wait until the consumers have finished.
	 * @param timeout how long to wait
	 * @return whether every consumer finished in time
	 */
	public boolean stop(Duration timeout) {
		CountDownLatch stopped = new CountDownLatch(1);
		stop(stopped::countDown);
		try {
			return stopped.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/**
	 * Stop gracefully: receive no more, cancel the receives that wait, finish and settle
	 * the calls in progress, release what was received but not started.
	 * @param callback called once every consumer has finished
	 */
	public void stop(Runnable callback) {
		Assert.notNull(callback, "'callback' must not be null");
		List<Consumer> stopping;
		synchronized (this.lifecycleMonitor) {
			if (this.active == 0) {
				this.running = false;
				callback.run();
				return;
			}
			this.stopCallbacks.add(callback);
			this.running = false;
			this.stopSignal.countDown();
			stopping = List.copyOf(this.consumers);
		}
		stopping.forEach(Consumer::cancelReceive);
	}

	/**
	 * Return whether the container is started and not stopped.
	 * @return whether it is running
	 */
	public boolean isRunning() {
		return this.running;
	}

	private void consumerFinished() {
		List<Runnable> callbacks = List.of();
		synchronized (this.lifecycleMonitor) {
			this.active--;
			if (this.active == 0) {
				callbacks = List.copyOf(this.stopCallbacks);
				this.stopCallbacks.clear();
			}
		}
		callbacks.forEach(Runnable::run);
		if (!callbacks.isEmpty() && logger.isInfoEnabled()) {
			logger.info("Listener container " + this.id + " stopped");
		}
	}

	private Observation observation(ListenerInvocation invocation) {
		return EventGridListenerObservation.LISTENER_OBSERVATION
			.observation(this.observationConvention, DefaultEventGridListenerObservationConvention.INSTANCE,
					invocation::context, this.observationRegistry)
			.start();
	}

	private ReleaseDelay releaseDelay(EventGridDeliveryOutcome outcome, int deliveryCount) {
		Duration retryAfter = outcome.getRetryAfter();
		ReleaseDelay backoff = this.releaseDelays
			.get(Math.max(0, Math.min(deliveryCount - 1, this.releaseDelays.size() - 1)));
		if (retryAfter == null) {
			return backoff;
		}
		ReleaseDelay asked = ReleaseDelay.atLeast(retryAfter);
		return (asked.compareTo(backoff) > 0) ? asked : backoff;
	}

	@Override
	public String toString() {
		return "EventGridPullListenerContainer[" + this.id + ", " + this.destination + ", concurrency "
				+ this.concurrency + "]";
	}

	/**
	 * One consumer: receives, calls the listener, settles, until the container stops.
	 */
	private final class Consumer implements Runnable {

		private volatile @Nullable CompletableFuture<List<ReceivedEvent>> pending;

		private int failures;

		private boolean lastCallReturned;

		@Override
		public void run() {
			try {
				while (EventGridPullListenerContainer.this.running) {
					List<ReceivedEvent> received = receive();
					if (received != null && !received.isEmpty()) {
						process(received);
					}
				}
			}
			catch (RuntimeException | Error ex) {
				logger.error("Listener container " + EventGridPullListenerContainer.this.id
						+ " lost a consumer to an unexpected failure", ex);
			}
			finally {
				consumerFinished();
			}
		}

		void cancelReceive() {
			CompletableFuture<List<ReceivedEvent>> receive = this.pending;
			if (receive != null) {
				receive.cancel(true);
			}
		}

		private @Nullable List<ReceivedEvent> receive() {
			CompletableFuture<List<ReceivedEvent>> receive = EventGridPullListenerContainer.this.receiver
				.receive(EventGridPullListenerContainer.this.maxEvents, EventGridPullListenerContainer.this.maxWait)
				.toFuture();
			this.pending = receive;
			try {
				if (!EventGridPullListenerContainer.this.running) {
					receive.cancel(true);
					return null;
				}
				List<ReceivedEvent> received = receive.get();
				this.failures = 0;
				return received;
			}
			catch (CancellationException ex) {
				return null;
			}
			catch (ExecutionException ex) {
				receiveFailed(ex.getCause());
				return null;
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return null;
			}
			finally {
				this.pending = null;
			}
		}

		// Wait before the next receive, or until the container stops.
		private void receiveFailed(@Nullable Throwable failure) {
			this.failures++;
			Duration backoff = Duration.ofSeconds(1L << Math.min(this.failures - 1, 5));
			Duration delay = (backoff.compareTo(MAX_FAILURE_BACKOFF) < 0) ? backoff : MAX_FAILURE_BACKOFF;
			logger.warn("Listener container " + EventGridPullListenerContainer.this.id + " could not receive from "
					+ EventGridPullListenerContainer.this.destination + "; trying again in " + delay.toMillis() + " ms",
					failure);
			try {
				EventGridPullListenerContainer.this.stopSignal.await(delay.toNanos(), TimeUnit.NANOSECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}

		private void process(List<ReceivedEvent> received) {
			Disposable renewal = renewLocks(received);
			Settlement settlement = new Settlement();
			try {
				call(received, settlement);
			}
			finally {
				renewal.dispose();
			}
			settlement.settle();
		}

		private Disposable renewLocks(List<ReceivedEvent> received) {
			Duration interval = EventGridPullListenerContainer.this.lockRenewal;
			if (interval == null) {
				return Disposables.disposed();
			}
			List<String> tokens = received.stream().map(ReceivedEvent::lockToken).toList();
			ReactiveEventGridReceiver receiver = EventGridPullListenerContainer.this.receiver;
			return Flux.interval(interval, interval)
				.concatMap((tick) -> receiver.renewLocks(tokens).onErrorResume((ex) -> {
					logger.warn("Listener container " + EventGridPullListenerContainer.this.id
							+ " could not renew the locks of " + tokens.size() + " events", ex);
					return Mono.empty();
				}))
				.subscribe((result) -> {
					if (!result.isAllSucceeded() && logger.isDebugEnabled()) {
						logger.debug("Listener container " + EventGridPullListenerContainer.this.id
								+ " could not renew " + result.failedLockTokens());
					}
				});
		}

		private void call(List<ReceivedEvent> received, Settlement settlement) {
			if (EventGridPullListenerContainer.this.endpoint.isBatch()) {
				if (!EventGridPullListenerContainer.this.running) {
					received.forEach(settlement::releaseNow);
				}
				else {
					ReceiverAcknowledgement acknowledgement = acknowledgement(received);
					Map<String, Object> headers = headers(received.get(0));
					headers.put(ACKNOWLEDGEMENT, acknowledgement);
					EventGridDeliveryOutcome outcome = call(
							ListenerMessages.batch(received.stream().map(ReceivedEvent::event).toList(), headers));
					boolean returned = this.lastCallReturned;
					received.forEach((event) -> settlement.add(event, outcome, returned, acknowledgement));
				}
			}
			else {
				for (ReceivedEvent event : received) {
					if (!EventGridPullListenerContainer.this.running) {
						settlement.releaseNow(event);
						continue;
					}
					ReceiverAcknowledgement acknowledgement = acknowledgement(List.of(event));
					Map<String, Object> headers = headers(event);
					headers.put(ACKNOWLEDGEMENT, acknowledgement);
					EventGridDeliveryOutcome outcome = call(ListenerMessages.event(event.event(), headers));
					settlement.add(event, outcome, this.lastCallReturned, acknowledgement);
				}
			}
		}

		/**
		 * Return how the events of a call are settled, as the observation's outcome: by
		 * hand when the listener takes an acknowledgement and returned or settled (as
		 * {@link Settlement#add} decides).
		 * @param outcome what the error handler decided, or {@code null} if unknown
		 * @param message the message of the call
		 * @return the outcome, or {@code null}
		 */
		private @Nullable String settlement(@Nullable EventGridDeliveryOutcome outcome, Message<?> message) {
			if (outcome == null) {
				return null;
			}
			if (EventGridPullListenerContainer.this.manual) {
				Object acknowledgement = message.getHeaders().get(ACKNOWLEDGEMENT);
				if (this.lastCallReturned
						|| (acknowledgement instanceof ReceiverAcknowledgement settled && settled.isSettled())) {
					return "manual";
				}
			}
			return switch (outcome.getAction()) {
				case ACKNOWLEDGE -> "acknowledged";
				case REJECT -> "rejected";
				case RETRY -> "released";
			};
		}

		private ReceiverAcknowledgement acknowledgement(List<ReceivedEvent> events) {
			return new ReceiverAcknowledgement(EventGridPullListenerContainer.this.receiver,
					events.stream().map(ReceivedEvent::lockToken).toList());
		}

		private Map<String, Object> headers(ReceivedEvent event) {
			Map<String, Object> headers = new LinkedHashMap<>();
			headers.put(EventGridHeaders.DELIVERY_COUNT, event.deliveryCount());
			headers.put(EventGridHeaders.SUBSCRIPTION_NAME,
					EventGridPullListenerContainer.this.receiver.getSubscription());
			headers.put(LOCK_TOKEN, event.lockToken());
			return headers;
		}

		private EventGridDeliveryOutcome call(Message<?> message) {
			EventGridListenerEndpoint endpoint = EventGridPullListenerContainer.this.endpoint;
			this.lastCallReturned = false;
			ListenerInvocation invocation;
			try {
				invocation = new ListenerInvocation(endpoint, message, EventGridPullListenerContainer.this.destination);
			}
			catch (RuntimeException ex) {
				return endpoint.handleError(message, ex);
			}
			Object payload = message.getPayload();
			EventGridPullListenerContainer.this.processed
				.addAndGet((payload instanceof List<?> list) ? list.size() : 1);
			Observation observation = observation(invocation);
			EventGridDeliveryOutcome outcome = null;
			try {
				ListenerInvocation.await(invocation.invoke(observation));
				this.lastCallReturned = true;
				outcome = EventGridDeliveryOutcome.acknowledge();
				return outcome;
			}
			catch (RuntimeException | Error ex) {
				observation.error(ListenerInvocation.unwrap(ex));
				outcome = invocation.outcome(ex);
				if (logger.isDebugEnabled()) {
					logger.debug("Listener " + endpoint.getId() + " failed; outcome " + outcome, ex);
				}
				return outcome;
			}
			finally {
				invocation.context().setOutcome(settlement(outcome, message));
				observation.stop();
			}
		}

	}

	/**
	 * The lock tokens of one received batch, by what becomes of them.
	 */
	private final class Settlement {

		private final List<String> acknowledged = new ArrayList<>();

		private final List<String> rejected = new ArrayList<>();

		private final Map<ReleaseDelay, List<String>> released = new EnumMap<>(ReleaseDelay.class);

		void add(ReceivedEvent event, EventGridDeliveryOutcome outcome, boolean returned,
				ReceiverAcknowledgement acknowledgement) {
			// A listener that settles by hand settles what returned normally, and what it
			// settled before it failed.
			boolean byHand = EventGridPullListenerContainer.this.manual && (returned || acknowledgement.isSettled());
			if (!byHand) {
				add(event, outcome);
			}
		}

		private void add(ReceivedEvent event, EventGridDeliveryOutcome outcome) {
			switch (outcome.getAction()) {
				case ACKNOWLEDGE -> this.acknowledged.add(event.lockToken());
				case REJECT -> this.rejected.add(event.lockToken());
				case RETRY -> this.released
					.computeIfAbsent(releaseDelay(outcome, event.deliveryCount()), (delay) -> new ArrayList<>())
					.add(event.lockToken());
			}
		}

		void releaseNow(ReceivedEvent event) {
			this.released.computeIfAbsent(ReleaseDelay.NONE, (delay) -> new ArrayList<>()).add(event.lockToken());
		}

		void settle() {
			ReactiveEventGridReceiver receiver = EventGridPullListenerContainer.this.receiver;
			List<Mono<LockTokenResult>> operations = new ArrayList<>();
			if (!this.acknowledged.isEmpty()) {
				operations.add(checked("acknowledge", receiver.acknowledge(this.acknowledged)));
			}
			if (!this.rejected.isEmpty()) {
				operations.add(checked("reject", receiver.reject(this.rejected)));
			}
			this.released.forEach((delay, tokens) -> operations
				.add(checked("release (" + delay.getSeconds() + " s)", receiver.release(tokens, delay))));
			Mono.when(operations).block();
		}

		// A settlement that fails leaves the events locked until their locks expire, when
		// they are delivered again: logged, never thrown.
		private Mono<LockTokenResult> checked(String action, Mono<LockTokenResult> operation) {
			String id = EventGridPullListenerContainer.this.id;
			return operation.doOnNext((result) -> {
				if (!result.isAllSucceeded()) {
					logger.warn("Listener container " + id + " could not " + action + " "
							+ result.failedLockTokens().size() + " events: " + result.failedLockTokens()
							+ "; they are delivered again once their locks expire");
				}
			}).onErrorResume((ex) -> {
				logger.warn("Listener container " + id + " could not " + action + " events; they are delivered "
						+ "again once their locks expire", ex);
				return Mono.empty();
			});
		}

	}

}
