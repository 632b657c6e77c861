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

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.annotation.AliasFor;

/**
 * Annotation for a {@link SpringBootTest @SpringBootTest} whose Event Grid publishers
 * send to an embedded emulator; see {@link AutoConfigureEventGridEmulator}.
 *
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest
@AutoConfigureEventGridEmulator
public @interface EventGridEmulatorTest {

	/**
	 * Properties in {@code key=value} form to add to the environment.
	 * @return the properties
	 */
	@AliasFor(annotation = SpringBootTest.class)
	String[] properties() default {};

	/**
	 * Extra topics to declare, each as {@code name:schema} or {@code name:schema:domain}.
	 * @return the extra topics
	 */
	@AliasFor(annotation = AutoConfigureEventGridEmulator.class)
	String[] topics() default {};

	/**
	 * Whether the publishers send over HTTPS, trusting the emulator's certificate.
	 * @return {@code true} for HTTPS
	 */
	@AliasFor(annotation = AutoConfigureEventGridEmulator.class)
	boolean https() default false;

}
