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

package dev.eventgrid.spring.fuzz;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.PropagationMode;

/**
 * Bounds the time of the jqwik properties of a class or of one property: each try runs on
 * a thread of its own and fails when it takes longer than {@link #perTry()} seconds, hung
 * or not, and a property fails when all its tries took longer than {@link #perProperty()}
 * seconds. jqwik ignores JUnit Jupiter's {@code @Timeout}.
 *
 * @author Event Grid for Spring Boot team
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.TYPE, ElementType.METHOD })
@AddLifecycleHook(value = TimeLimitHook.class, propagateTo = PropagationMode.ALL_DESCENDANTS)
public @interface TimeLimit {

	/**
	 * Seconds one try may take.
	 * @return the limit of a try
	 */
	int perTry() default 10;

	/**
	 * Seconds a property may take, all its tries and their shrinking included.
	 * @return the limit of a property
	 */
	int perProperty() default 120;

}
