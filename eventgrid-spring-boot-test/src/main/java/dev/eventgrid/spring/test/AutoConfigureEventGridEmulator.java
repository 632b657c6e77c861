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

package dev.eventgrid.spring.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.context.PropertyMapping;

/**
 * Annotation for a test class that publishes to an embedded Event Grid emulator instead
 * of Azure. The emulator starts once per test context with a topic for each configured
 * publisher (named after the publisher, with its schema, a domain when it has a domain
 * topic), every publisher is connected to its topic, and the {@code EventGridEmulator}
 * bean can be injected to assert on what it received. Recorded events and faults are
 * cleared before each test method.
 *
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 * @see EventGridEmulatorTest
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ImportAutoConfiguration
@PropertyMapping("eventgrid.emulator")
public @interface AutoConfigureEventGridEmulator {

	/**
	 * Extra topics to declare, each as {@code name:schema} or {@code name:schema:domain},
	 * with schema {@code event-grid-event}, {@code cloud-event} or {@code custom}.
	 * @return the extra topics
	 */
	String[] topics() default {};

	/**
	 * Whether the publishers send over HTTPS, trusting the emulator's certificate,
	 * instead of plain HTTP on loopback.
	 * @return {@code true} for HTTPS
	 */
	boolean https() default false;

}
