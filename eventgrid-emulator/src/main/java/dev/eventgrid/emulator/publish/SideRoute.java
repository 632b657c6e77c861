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

package dev.eventgrid.emulator.publish;

import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;

/**
 * A route served on the publish ports besides the publish path, such as the manual
 * subscription validation URL. Side routes are asked first, in order, and are neither
 * recorded nor subject to the fault plan.
 *
 * @author Event Grid for Spring Boot team
 */
@FunctionalInterface
public interface SideRoute {

	/**
	 * Serve a request if it is for this route.
	 * @param request the request
	 * @param response the response
	 * @return the response publisher, or {@code null} if the request is not for this
	 * route
	 */
	@Nullable Publisher<Void> handle(HttpServerRequest request, HttpServerResponse response);

}
