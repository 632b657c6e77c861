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

package dev.eventgrid.spring.autoconfigure;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConfigurationCondition;
import org.springframework.core.annotation.AnnotationFilter;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.core.type.MethodMetadata;
import org.springframework.core.type.classreading.CachingMetadataReaderFactory;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.util.Assert;

/**
 * Base of the conditions of the consuming side's beans, which an application that only
 * publishes should not pay for at every start. Its
 * {@link #findListenerBean(ConfigurableListableBeanFactory, String)} finds whether an
 * application declares listener methods, such as {@code @EventGridListener} ones, from
 * its bean definitions, before any bean exists: the class of each definition (a scanned
 * or registered class, or the return type of a {@code @Bean} method) and its superclasses
 * and interfaces are read as class files, as Spring reads configuration classes, without
 * loading them. A condition is evaluated when beans are registered, once the
 * application's own definitions are.
 * <p>
 * What a definition does not show (a {@code @Bean} method that declares a supertype of
 * the listener's class, a {@code FactoryBean}'s product) is caught when the bean is
 * created, by {@link UndetectedListenerCheck}, which stops the startup rather than let a
 * listener be ignored.
 *
 * @author Event Grid for Spring Boot team
 * @since 0.2.0
 */
public abstract class EventGridListenersCondition extends SpringBootCondition implements ConfigurationCondition {

	/**
	 * Name of the metadata reader factory that Spring Boot shares with the configuration
	 * class parser, whose cache then already holds the scanned classes.
	 */
	private static final String SHARED_METADATA_READER_FACTORY = "org.springframework.boot.autoconfigure."
			+ "internalCachingMetadataReaderFactory";

	private static final String AUTO_CONFIGURATION = "org.springframework.boot.autoconfigure.AutoConfiguration";

	/**
	 * Java, Jakarta, Kotlin and Spring types, which declare no listener methods (as the
	 * listener post-processors assume).
	 */
	private static final AnnotationFilter FOREIGN_TYPES = AnnotationFilter.packages("java", "javax", "jakarta",
			"kotlin", "org.springframework");

	@Override
	public ConfigurationPhase getConfigurationPhase() {
		return ConfigurationPhase.REGISTER_BEAN;
	}

	/**
	 * Return the name of the first bean definition whose class declares a method
	 * annotated (or meta-annotated) with the given annotation, itself or in a superclass
	 * or interface.
	 * @param beanFactory the bean factory whose definitions to read
	 * @param annotationName the fully qualified name of the listener annotation
	 * @return the bean name, or {@code null} if no definition shows such a method
	 */
	public static @Nullable String findListenerBean(ConfigurableListableBeanFactory beanFactory,
			String annotationName) {
		Assert.notNull(beanFactory, "'beanFactory' must not be null");
		Assert.hasText(annotationName, "'annotationName' must not be empty");
		MetadataReaderFactory readers = metadataReaderFactory(beanFactory);
		Set<String> read = new HashSet<>();
		for (String name : beanFactory.getBeanDefinitionNames()) {
			BeanDefinition definition = beanFactory.getBeanDefinition(name);
			if (definition.getRole() != BeanDefinition.ROLE_INFRASTRUCTURE
					&& declares(definition, readers, annotationName, read)) {
				return name;
			}
		}
		return null;
	}

	private static boolean declares(BeanDefinition definition, MetadataReaderFactory readers, String annotationName,
			Set<String> read) {
		if (!(definition instanceof AnnotatedBeanDefinition annotated)) {
			String className = definition.getBeanClassName();
			return definition.getFactoryMethodName() == null && className != null
					&& declares(readers, className, annotationName, read);
		}
		MethodMetadata factoryMethod = annotated.getFactoryMethodMetadata();
		if (factoryMethod != null) {
			// Neither auto-configurations (this library's, Spring Boot's, any other's)
			// nor Spring's own configurations define the application's listeners.
			return !FOREIGN_TYPES.matches(factoryMethod.getDeclaringClassName())
					&& !isAutoConfiguration(annotated.getMetadata(), readers)
					&& declares(readers, factoryMethod.getReturnTypeName(), annotationName, read);
		}
		// A scanned or registered class, whose metadata is already read.
		AnnotationMetadata metadata = annotated.getMetadata();
		return metadata.hasAnnotatedMethods(annotationName)
				|| declaresInSupertypes(readers, metadata, annotationName, read);
	}

	/**
	 * Return whether a configuration class is an auto-configuration or nested in one.
	 * @param configuration the metadata of the configuration class
	 * @param readers reads the enclosing class, already read as a configuration class
	 * @return whether it is
	 */
	private static boolean isAutoConfiguration(AnnotationMetadata configuration, MetadataReaderFactory readers) {
		if (configuration.isAnnotated(AUTO_CONFIGURATION)) {
			return true;
		}
		String enclosingClassName = configuration.getEnclosingClassName();
		if (enclosingClassName == null) {
			return false;
		}
		try {
			return readers.getMetadataReader(enclosingClassName)
				.getAnnotationMetadata()
				.isAnnotated(AUTO_CONFIGURATION);
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static boolean declares(MetadataReaderFactory readers, String className, String annotationName,
			Set<String> read) {
		if (FOREIGN_TYPES.matches(className) || !read.add(className)) {
			return false;
		}
		AnnotationMetadata metadata;
		try {
			metadata = readers.getMetadataReader(className).getAnnotationMetadata();
		}
		catch (IOException ex) {
			// No class file to read (a class generated at run time): it may declare
			// anything, so the listeners' beans are defined.
			return true;
		}
		return metadata.hasAnnotatedMethods(annotationName)
				|| declaresInSupertypes(readers, metadata, annotationName, read);
	}

	private static boolean declaresInSupertypes(MetadataReaderFactory readers, AnnotationMetadata metadata,
			String annotationName, Set<String> read) {
		String superClassName = metadata.getSuperClassName();
		if (superClassName != null && declares(readers, superClassName, annotationName, read)) {
			return true;
		}
		for (String interfaceName : metadata.getInterfaceNames()) {
			if (declares(readers, interfaceName, annotationName, read)) {
				return true;
			}
		}
		return false;
	}

	private static MetadataReaderFactory metadataReaderFactory(ConfigurableListableBeanFactory beanFactory) {
		if (beanFactory.containsBean(SHARED_METADATA_READER_FACTORY)
				&& beanFactory.getBean(SHARED_METADATA_READER_FACTORY) instanceof MetadataReaderFactory shared) {
			return shared;
		}
		return new CachingMetadataReaderFactory(beanFactory.getBeanClassLoader());
	}

}
