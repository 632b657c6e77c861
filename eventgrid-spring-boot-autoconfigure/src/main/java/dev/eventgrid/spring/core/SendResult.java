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

package dev.eventgrid.spring.core;

/**
 * What a completed send did.
 *
 * @param publisher the name of the publisher that sent the events
 * @param eventCount how many events Event Grid accepted
 * @param requestCount how many requests carried them
 * @param bytes the total size of the request bodies, in bytes
 * @param attempts how many HTTP attempts were made, retries included
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
public record SendResult(String publisher, int eventCount, int requestCount, long bytes, int attempts) {

}
