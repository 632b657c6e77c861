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

import java.util.List;

import dev.eventgrid.emulator.model.ReceivedEvent;
import dev.eventgrid.emulator.model.RecordedRequest;

/**
 * Told about every request the publish server finished with, before the response is sent,
 * so that a client that saw the response also sees the record.
 *
 * @author Event Grid for Spring Boot team
 */
public interface PublishListener {

	/**
	 * Called once per request, on a server thread; implementations must not block.
	 * @param request the request and its outcome
	 * @param accepted the accepted events, empty if the request was rejected or dropped
	 */
	void requestCompleted(RecordedRequest request, List<ReceivedEvent> accepted);

}
