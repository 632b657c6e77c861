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

package dev.eventgrid.spring.autoconfigure.actuate;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.eventgrid.spring.autoconfigure.EventGridAutoConfiguration;
import dev.eventgrid.spring.core.EventGridPublisher;
import dev.eventgrid.spring.core.ReactiveEventGridTemplate;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.context.annotation.Bean;

/**
 * {@link EnableAutoConfiguration Auto-configuration} of the health of each publisher
 * ({@link EventGridPublisherHealthIndicator}), under {@code eventGrid} in the
 * {@code health} endpoint; {@code management.health.eventgrid.enabled=false} turns it
 * off.
 *
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
@AutoConfiguration(after = EventGridAutoConfiguration.class)
@ConditionalOnClass({ HealthContributor.class, ConditionalOnEnabledHealthIndicator.class })
@ConditionalOnBean(ReactiveEventGridTemplate.class)
public final class EventGridHealthContributorAutoConfiguration {

	// Why on the method: the condition's class is only read once the class condition has
	// matched, whichever way the auto-configuration is imported.
	@Bean
	@ConditionalOnEnabledHealthIndicator("eventgrid")
	@ConditionalOnMissingBean(name = "eventGridHealthContributor")
	HealthContributor eventGridHealthContributor(ObjectProvider<ReactiveEventGridTemplate> templates) {
		Map<String, EventGridPublisher> publishers = new LinkedHashMap<>();
		templates.orderedStream().forEach((template) -> template.getPublishers().forEach(publishers::putIfAbsent));
		return CompositeHealthContributor.fromMap(publishers, EventGridPublisherHealthIndicator::new);
	}

}
