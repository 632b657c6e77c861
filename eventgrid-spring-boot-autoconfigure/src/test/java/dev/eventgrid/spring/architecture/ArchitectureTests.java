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

package dev.eventgrid.spring.architecture;

import java.util.Arrays;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;

/**
 * The architecture of the library, as CONTRIBUTING.md describes it: no package cycles,
 * the dependency directions between its packages, and conventions a compiler does not
 * check.
 *
 * @author Event Grid for Spring Boot team
 */
class ArchitectureTests {

	private static final String ROOT = "dev.eventgrid.spring";

	private static final JavaClasses MAIN = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
		.importPackages(ROOT);

	@Test
	void noPackageCycles() {
		check(SlicesRuleDefinition.slices().matching("dev.eventgrid.(**)").should().beFreeOfCycles());
	}

	@Test
	void libraryNeverDependsOnItsAutoConfiguration() {
		check(ArchRuleDefinition.noClasses()
			.that()
			.resideOutsideOfPackage(ROOT + ".autoconfigure..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage(ROOT + ".autoconfigure.."));
	}

	@Test
	void rootPackageDependsOnNoOtherPackageOfOurs() {
		check(ArchRuleDefinition.noClasses()
			.that()
			.resideInAPackage(ROOT)
			.should()
			.dependOnClassesThat()
			.resideInAPackage(ROOT + ".*.."));
	}

	@Test
	void eventModelDependsOnlyOnItself() {
		check(ArchRuleDefinition.classes()
			.that()
			.resideInAPackage(ROOT + ".event..")
			.should()
			.onlyDependOnClassesThat(resideOutsideOfOurs().or(resideIn(".event.."))));
	}

	@Test
	void transportIsBelowTheApi() {
		check(ArchRuleDefinition.noClasses()
			.that()
			.resideInAPackage(ROOT + ".transport..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(ROOT + ".core..", ROOT + ".observation..", ROOT + ".converter..", ROOT + ".listener..",
					ROOT + ".webhook.."));
	}

	@Test
	void observationDependsOnNeitherSendingNorReceiving() {
		check(ArchRuleDefinition.noClasses()
			.that()
			.resideInAPackage(ROOT + ".observation..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(ROOT + ".core..", ROOT + ".transport..", ROOT + ".listener..", ROOT + ".webhook.."));
	}

	@Test
	void consumingDoesNotDependOnPublishing() {
		check(ArchRuleDefinition.noClasses()
			.that()
			.resideInAnyPackage(ROOT + ".converter..", ROOT + ".listener..", ROOT + ".webhook..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(ROOT + ".core..", ROOT + ".transport.."));
	}

	@Test
	void listenersDoNotDependOnTheTransportsThatDeliverToThem() {
		check(ArchRuleDefinition.noClasses()
			.that()
			.resideInAPackage(ROOT + ".listener..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage(ROOT + ".webhook.."));
	}

	@Test
	void mainCodeNeverSleeps() {
		check(ArchRuleDefinition.noClasses()
			.should()
			.callMethod(Thread.class, "sleep", long.class)
			.orShould()
			.callMethod(Thread.class, "sleep", long.class, int.class));
	}

	@Test
	void autoConfigurationsAreNotConditionalOnClassesOfOurOwnJar() {
		check(ArchRuleDefinition.classes()
			.that()
			.areAnnotatedWith(ConditionalOnClass.class)
			.should(new ArchCondition<>("not be conditional on a class of " + ROOT) {

				@Override
				public void check(JavaClass item, ConditionEvents events) {
					JavaAnnotation<JavaClass> annotation = item.getAnnotationOfType(ConditionalOnClass.class.getName());
					Object value = annotation.get("value").orElse(new Object[0]);
					Arrays.stream((Object[]) value)
						.map(JavaClass.class::cast)
						.filter((type) -> type.getPackageName().startsWith(ROOT))
						.forEach((type) -> events.add(SimpleConditionEvent.violated(item,
								item.getName() + " is conditional on " + type.getName() + ", a class of its own jar")));
				}

			}));
	}

	private static DescribedPredicate<JavaClass> resideOutsideOfOurs() {
		return JavaClass.Predicates.resideOutsideOfPackage(ROOT + "..");
	}

	private static DescribedPredicate<JavaClass> resideIn(String relative) {
		return JavaClass.Predicates.resideInAPackage(ROOT + relative);
	}

	private static void check(ArchRule rule) {
		rule.check(MAIN);
	}

}
