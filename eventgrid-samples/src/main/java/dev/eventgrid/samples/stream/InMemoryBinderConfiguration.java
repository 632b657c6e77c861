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

package dev.eventgrid.samples.stream;

import org.springframework.cloud.stream.binder.test.EnableTestBinder;
import org.springframework.context.annotation.Configuration;

/**
 * Binds the functions to Spring Cloud Stream's in-memory binder, which stands in here for
 * Spring Cloud Azure's Service Bus binder: the sample hands it the messages the
 * emulator's queues hold, as a binder hands over the messages of Azure's queues. An
 * application using a real binder leaves this configuration out.
 *
 * @author Event Grid for Spring Boot team
 */
@Configuration(proxyBeanMethods = false)
@EnableTestBinder
class InMemoryBinderConfiguration {

}
