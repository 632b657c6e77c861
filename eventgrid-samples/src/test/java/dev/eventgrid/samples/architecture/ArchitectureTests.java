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

package dev.eventgrid.samples.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import org.junit.jupiter.api.Test;

/**
 * The architecture of the samples, as CONTRIBUTING.md describes it: no package cycles,
 * and no sleeping in main code. Classes that Spring AOT generates
 * ({@code Foo__BeanDefinitions}) are left out.
 *
 * @author Event Grid for Spring Boot team
 */
class ArchitectureTests {

	private static final String ROOT = "dev.eventgrid.samples";

	private static final JavaClasses MAIN = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
		// The code that the aot profile's process-aot generates wires every package
		// together.
		.withImportOption((location) -> !location.contains("__"))
		.importPackages(ROOT);

	@Test
	void noPackageCycles() {
		SlicesRuleDefinition.slices().matching("dev.eventgrid.(**)").should().beFreeOfCycles().check(MAIN);
	}

	@Test
	void mainCodeNeverSleeps() {
		ArchRuleDefinition.noClasses()
			.should()
			.callMethod(Thread.class, "sleep", long.class)
			.orShould()
			.callMethod(Thread.class, "sleep", long.class, int.class)
			.check(MAIN);
	}

}
