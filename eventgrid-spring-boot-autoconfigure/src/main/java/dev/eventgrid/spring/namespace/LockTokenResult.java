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

import java.util.List;

/**
 * What became of the lock tokens of an acknowledge, release, reject or renew-locks
 * request: the service answers for each token, and a request succeeds as a whole even
 * when some of its tokens failed, such as those whose lock expired.
 *
 * @param succeededLockTokens the tokens the operation applied to
 * @param failedLockTokens the tokens it did not apply to, with the service's reasons
 * @author Event Grid for Spring Boot team
 * @since 0.2.0
 */
public record LockTokenResult(List<String> succeededLockTokens, List<FailedLockToken> failedLockTokens) {

	public LockTokenResult {
		succeededLockTokens = List.copyOf(succeededLockTokens);
		failedLockTokens = List.copyOf(failedLockTokens);
	}

	/**
	 * Return whether the operation applied to every token.
	 * @return {@code true} if no token failed
	 */
	public boolean isAllSucceeded() {
		return this.failedLockTokens.isEmpty();
	}

}
