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

/**
 * A lock token the service did not settle or renew, with its reason, such as
 * {@code TokenLost} ("Token has expired.") or {@code BadToken}.
 *
 * @param lockToken the lock token
 * @param errorCode the service's error code
 * @param errorDescription the service's description of the error
 * @author Event Grid for Spring Boot team
 * @since 0.2.0
 */
public record FailedLockToken(String lockToken, String errorCode, String errorDescription) {

}
