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

package dev.eventgrid.emulator.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import org.junit.jupiter.api.Test;

/**
 * The architecture of the emulator, as CONTRIBUTING.md describes it: an independent
 * implementation of the service, without package cycles.
 *
 * @author Event Grid for Spring Boot team
 */
class ArchitectureTests {

	private static final String ROOT = "dev.eventgrid.emulator";

	private static final JavaClasses MAIN = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
		.importPackages(ROOT);

	@Test
	void noPackageCycles() {
		SlicesRuleDefinition.slices().matching("dev.eventgrid.(**)").should().beFreeOfCycles().check(MAIN);
	}

	@Test
	void neverDependsOnTheLibraryItEmulatesTheServiceFor() {
		ArchRuleDefinition.noClasses()
			.should()
			.dependOnClassesThat()
			.resideInAPackage("dev.eventgrid.spring..")
			.check(MAIN);
	}

	@Test
	void dependsOnNoSpringBoot() {
		ArchRuleDefinition.noClasses()
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.springframework.boot..")
			.check(MAIN);
	}

	@Test
	void modelDependsOnNothingElseOfTheEmulator() {
		ArchRuleDefinition.noClasses()
			.that()
			.resideInAPackage(ROOT + ".model..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(ROOT, ROOT + ".publish..", ROOT + ".delivery..", ROOT + ".standalone..")
			.check(MAIN);
	}

	@Test
	void loggingAndStorageQueueDependOnNothingElseOfTheEmulatorButTheModel() {
		ArchRuleDefinition.noClasses()
			.that()
			.resideInAnyPackage(ROOT + ".logging..", ROOT + ".storagequeue..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(ROOT, ROOT + ".publish..", ROOT + ".delivery..", ROOT + ".api..", ROOT + ".auth..",
					ROOT + ".namespace..", ROOT + ".standalone..", ROOT + ".tls..", ROOT + ".fault..")
			.check(MAIN);
	}

	@Test
	void onlyTheFacadeAndTheStandaloneApplicationUseTheApi() {
		ArchRuleDefinition.noClasses()
			.that()
			.resideOutsideOfPackages(ROOT, ROOT + ".api..", ROOT + ".standalone..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage(ROOT + ".api..")
			.check(MAIN);
	}

	@Test
	void identityAuthorityDependsOnlyOnTheTokenIssuerAndTheServer() {
		ArchRuleDefinition.noClasses()
			.that()
			.resideInAPackage(ROOT + ".identity..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(ROOT, ROOT + ".delivery..", ROOT + ".namespace..", ROOT + ".fault..",
					ROOT + ".standalone..", ROOT + ".model..")
			.check(MAIN);
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
