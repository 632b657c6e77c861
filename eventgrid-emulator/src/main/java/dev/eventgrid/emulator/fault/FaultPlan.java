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

package dev.eventgrid.emulator.fault;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.jspecify.annotations.Nullable;

/**
 * The ordered fault rules of an emulator. For each publish request the rules are asked in
 * the order they were added and the first that applies decides the fault. A plan obtained
 * with {@link #forTopic(String)} shares the rules but adds rules that only apply to one
 * topic or domain.
 *
 * @author Event Grid for Spring Boot team
 */
public final class FaultPlan {

	private final List<FaultRule> rules;

	private final @Nullable String topic;

	/**
	 * Create an empty plan whose rules apply to every topic and domain.
	 */
	public FaultPlan() {
		this(new CopyOnWriteArrayList<>(), null);
	}

	private FaultPlan(List<FaultRule> rules, @Nullable String topic) {
		this.rules = rules;
		this.topic = topic;
	}

	/**
	 * Return a view of this plan whose new rules only apply to one topic or domain.
	 * @param topic the name of the topic or domain
	 * @return the scoped plan
	 */
	public FaultPlan forTopic(String topic) {
		return new FaultPlan(this.rules, topic);
	}

	/**
	 * Fail the next requests with a status and no retry hint.
	 * @param count how many requests to fail
	 * @param status the 4xx or 5xx status
	 * @return this plan
	 */
	public FaultPlan failNext(int count, int status) {
		return add(new CountedFaultRule(new Fault.Fail(status, null, RetryAfterHeader.RETRY_AFTER), count));
	}

	/**
	 * Fail the next requests with a status and a {@code Retry-After} header in seconds.
	 * @param count how many requests to fail
	 * @param status the 4xx or 5xx status
	 * @param retryAfter the delay to announce, rounded up to whole seconds
	 * @return this plan
	 */
	public FaultPlan failNext(int count, int status, Duration retryAfter) {
		return failNext(count, status, retryAfter, RetryAfterHeader.RETRY_AFTER);
	}

	/**
	 * Fail the next requests with a status and a retry hint in the given header.
	 * @param count how many requests to fail
	 * @param status the 4xx or 5xx status
	 * @param retryAfter the delay to announce
	 * @param header the header that announces it
	 * @return this plan
	 */
	public FaultPlan failNext(int count, int status, Duration retryAfter, RetryAfterHeader header) {
		return add(new CountedFaultRule(new Fault.Fail(status, retryAfter, header), count));
	}

	/**
	 * Delay the responses to the next requests, which are judged and recorded at once.
	 * @param count how many requests to delay
	 * @param delay how long to wait before answering each
	 * @return this plan
	 */
	public FaultPlan delayNext(int count, Duration delay) {
		return add(new CountedFaultRule(new Fault.Delay(delay), count));
	}

	/**
	 * Close the connection of the next requests before reading them; their events are not
	 * recorded.
	 * @param count how many requests to drop
	 * @return this plan
	 */
	public FaultPlan dropConnectionBeforeResponse(int count) {
		return add(new CountedFaultRule(new Fault.DropBeforeResponse(), count));
	}

	/**
	 * Accept and record the next valid requests, then close their connection without a
	 * response.
	 * @param count how many requests to drop after accepting them
	 * @return this plan
	 */
	public FaultPlan dropConnectionAfterAccept(int count) {
		return add(new CountedFaultRule(new Fault.DropAfterAccept(), count));
	}

	/**
	 * Refuse the next requests with an error whose message repeats the credential each
	 * carried, as sent and URL-decoded.
	 * @param count how many requests to refuse
	 * @param status the 4xx or 5xx status
	 * @return this plan
	 */
	public FaultPlan echoCredentialNext(int count, int status) {
		return add(new CountedFaultRule(new Fault.EchoCredential(status), count));
	}

	/**
	 * Add a rule after the existing ones; on a scoped plan the rule only applies to its
	 * topic.
	 * @param rule the rule to add
	 * @return this plan
	 */
	public FaultPlan add(FaultRule rule) {
		this.rules.add((this.topic != null) ? new TopicScopedFaultRule(this.topic, rule) : rule);
		return this;
	}

	/**
	 * Remove the rules: all of them, or on a scoped plan those of its topic.
	 */
	public void clear() {
		if (this.topic == null) {
			this.rules.clear();
		}
		else {
			this.rules.removeIf((rule) -> rule instanceof TopicScopedFaultRule scoped && scoped.isScopedTo(this.topic));
		}
	}

	/**
	 * Return the current rules in evaluation order.
	 * @return a snapshot of the rules
	 */
	public List<FaultRule> rules() {
		return List.copyOf(this.rules);
	}

	/**
	 * Decide the fault for an incoming request, consuming one use of the rule that
	 * applies.
	 * @param topic the name of the topic or domain the request is for
	 * @return the fault to apply, or {@code null} to handle the request normally
	 */
	public @Nullable Fault next(String topic) {
		for (FaultRule rule : this.rules) {
			Fault fault = rule.select(topic);
			if (rule.isExhausted()) {
				this.rules.remove(rule);
			}
			if (fault != null) {
				return fault;
			}
		}
		return null;
	}

}
