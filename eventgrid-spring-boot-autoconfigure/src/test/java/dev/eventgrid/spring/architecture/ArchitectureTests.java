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
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The architecture of the library, as CONTRIBUTING.md describes it: no package cycles,
 * the dependency directions between its packages, and conventions a compiler does not
 * check.
 *
 * @author Event Grid for Spring Boot team
 */
class ArchitectureTests {

	private static final String ROOT = "dev.eventgrid.spring";

	/**
	 * What each package of the library may import of ours, as CONTRIBUTING.md tables it;
	 * auto-configuration may import everything and nothing imports it.
	 */
	private static final Map<String, List<String>> ALLOWED = Map.ofEntries(Map.entry("", List.of()),
			Map.entry("event", List.of("event.system")), Map.entry("event.system", List.of()),
			Map.entry("credential", List.of("")),
			Map.entry("transport", List.of("", "event", "event.system", "credential")),
			Map.entry("observation", List.of()),
			Map.entry("core", List.of("", "event", "event.system", "credential", "transport", "observation")),
			Map.entry("converter", List.of("", "event", "event.system")),
			Map.entry("listener", List.of("", "event", "event.system", "observation", "converter")),
			Map.entry("webhook", List.of("", "event", "event.system", "listener", "observation")),
			Map.entry("modulith", List.of("", "event", "event.system", "core")), Map.entry("namespace",
					List.of("", "event", "event.system", "credential", "transport", "listener", "observation")));

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
	void everyPackageImportsOnlyWhatContributingAllows() {
		ALLOWED.forEach((pkg, allowed) -> {
			DescribedPredicate<JavaClass> permitted = JavaClass.Predicates.resideOutsideOfPackage(ROOT + "..")
				.or(JavaClass.Predicates.resideInAPackage(name(pkg)));
			for (String other : allowed) {
				permitted = permitted.or(JavaClass.Predicates.resideInAPackage(name(other)));
			}
			check(ArchRuleDefinition.classes()
				.that()
				.resideInAPackage(name(pkg))
				.should()
				.onlyDependOnClassesThat(permitted));
		});
	}

	@Test
	void everyPackageIsInTheTable() {
		assertThat(MAIN.stream()
			.map(JavaClass::getPackageName)
			.filter((pkg) -> !pkg.startsWith(ROOT + ".autoconfigure"))
			.map((pkg) -> pkg.equals(ROOT) ? "" : pkg.substring(ROOT.length() + 1))
			.distinct()).allSatisfy((pkg) -> assertThat(ALLOWED).containsKey(pkg));
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

	@Test
	void beanConditionsOfBeanMethodsNameTheirTypes() {
		// Without a type, Spring deduces it from the method's return type: it loads the
		// configuration class and reflects over its methods at every startup.
		check(ArchRuleDefinition.methods()
			.that()
			.areAnnotatedWith(ConditionalOnMissingBean.class)
			.or()
			.areAnnotatedWith(ConditionalOnBean.class)
			.should(new ArchCondition<>("name the types or the names of the beans they look for") {

				@Override
				public void check(JavaMethod item, ConditionEvents events) {
					JavaAnnotation<?> annotation = item.isAnnotatedWith(ConditionalOnMissingBean.class)
							? item.getAnnotationOfType(ConditionalOnMissingBean.class.getName())
							: item.getAnnotationOfType(ConditionalOnBean.class.getName());
					boolean named = Stream.of("value", "type", "name")
						.map((attribute) -> annotation.get(attribute).orElse(new Object[0]))
						.anyMatch((value) -> ((Object[]) value).length > 0);
					if (!named) {
						events.add(SimpleConditionEvent.violated(item, item.getFullName() + " has "
								+ annotation.getRawType().getSimpleName() + " without a type: name its return type"));
					}
				}

			}));
	}

	private static String name(String pkg) {
		return pkg.isEmpty() ? ROOT : ROOT + "." + pkg;
	}

	private static void check(ArchRule rule) {
		rule.check(MAIN);
	}

}
