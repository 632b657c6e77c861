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

package dev.eventgrid.spring.event.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.azure.core.util.BinaryData;
import com.azure.core.util.ExpandableStringEnum;
import com.azure.messaging.eventgrid.SystemEventNames;
import dev.eventgrid.spring.event.CloudEvent;
import dev.eventgrid.spring.event.EventGridEvent;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Tests that our typed system event data agrees, field by field and for every sample
 * payload, with the classes of the Azure SDK for Java's
 * {@code com.azure.messaging.eventgrid.systemevents} package. Fields are matched by name
 * ignoring case, through the SDK's getters and our record components, recursively.
 *
 * @author Event Grid for Spring Boot team
 */
class SystemEventDataSdkAgreementTests {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	/**
	 * Fields the official samples carry under another name than the SDK reads, so that
	 * the SDK has {@code null} where we read the value: IoT Hub twins write
	 * {@code $metadata}/{@code $version} (the definitions say {@code metadata}/
	 * {@code version}), and the email sample writes {@code deliveryAttemptTimeStamp}.
	 */
	private static final Set<String> READ_ONLY_BY_US = Set.of("twin.properties.desired.metadata",
			"twin.properties.desired.version", "twin.properties.reported.metadata", "twin.properties.reported.version",
			"deliveryAttemptTimestamp");

	/**
	 * Fields that the service's own examples carry and its definitions (so the SDK) lack,
	 * which our records read too (the generator's {@code observed-properties.json}).
	 */
	private static final Set<String> OBSERVED_BEYOND_THE_DEFINITIONS = Set.of("deviceEtag", "eTag", "contentLength",
			"sourceBlobUrl", "destinationBlobUrl", "blobUrl", "directoryProperties");

	/**
	 * Samples whose data the SDK's typed class cannot read: Key Vault {@code NBF}/
	 * {@code EXP} written as strings.
	 */
	private static final Set<String> UNREADABLE_BY_THE_SDK = Set.of("keyvault-secret-new-version-created-eg.json",
			"keyvault-secret-new-version-created-spec-ce.json");

	/**
	 * SDK getters named differently from the JSON member they read: the typed getters of
	 * the {@code Microsoft.Resources} data, added beside deprecated ones returning JSON
	 * text.
	 */
	private static final Map<String, String> RENAMED_BY_THE_SDK = Map.of("ResourceAuthorization", "authorization",
			"ResourceClaims", "claims", "ResourceHttpRequest", "httpRequest");

	private static final Pattern SOURCE = Pattern.compile("(\"source\"\\s*:\\s*\")([^\"]*)(\")");

	static Stream<String> samples() throws IOException {
		Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath:payloads/*.json");
		return Arrays.stream(resources)
			.map(Resource::getFilename)
			.filter((name) -> !name.equals("communication-email-delivery-report-received-eg.json")
					&& !name.equals("storage-lifecycle-policy-completed-eg.json"))
			.sorted();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("samples")
	void typedDataAgreesWithTheAzureSdkFieldByField(String name) {
		String json = sample(name);
		for (Typed typed : typedData(json)) {
			Class<?> sdkType = SystemEventNames.getSystemEventMappings().get(typed.eventType());
			assertThat(sdkType).as("SDK class of %s", typed.eventType()).isNotNull();
			if (UNREADABLE_BY_THE_SDK.contains(name)) {
				assertThat(catchThrowable(() -> typed.sdkData().toObject(sdkType))).isNotNull();
				continue;
			}
			assertSameFields("", typed.ours(), typed.sdkData().toObject(sdkType));
		}
	}

	@Test
	void comparisonFailsWhenOneFieldDiffers() {
		Typed typed = typedData(sample("appconfiguration-key-value-modified-spec-ce.json")).get(0);
		AppConfigurationKeyValueEventData ours = (AppConfigurationKeyValueEventData) typed.ours();
		Object theirs = typed.sdkData().toObject(SystemEventNames.getSystemEventMappings().get(typed.eventType()));
		AppConfigurationKeyValueEventData changed = new AppConfigurationKeyValueEventData(ours.key(), ours.label(),
				ours.etag(), "another-token");

		assertSameFields("", ours, theirs);
		assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> assertSameFields("", changed, theirs))
			.withMessageContaining("syncToken");
	}

	@Test
	void readsKeyVaultNumbersWrittenAsStringsInTheOfficialSample() {
		EventGridEvent event = EventGridEvent.fromJson(sample("keyvault-secret-new-version-created-eg.json")).get(0);

		KeyVaultObjectEventData data = (KeyVaultObjectEventData) event.systemEventData().orElseThrow();

		assertThat(data.nbf()).isEqualTo(1559081980L);
		assertThat(data.exp()).isEqualTo(1559082102L);
		assertThat(data.vaultName()).isEqualTo("sample-kv");
	}

	@Test
	void readsTheDollarNamesOfIotHubTwinsThatTheSdkMisses() {
		EventGridEvent event = EventGridEvent.fromJson(sample("iothub-device-created-eg.json")).get(0);

		IotHubDeviceLifeCycleEventData data = (IotHubDeviceLifeCycleEventData) event.systemEventData().orElseThrow();

		assertThat(data.twin().properties().desired().version()).isEqualTo(1L);
		assertThat(data.twin().properties().reported().metadata().lastUpdated())
			.isEqualTo("2018-01-02T19:17:44.4383997Z");
	}

	private static void assertSameFields(String path, @Nullable Object ours, @Nullable Object theirs) {
		if (theirs == null) {
			assertThat(ours == null || READ_ONLY_BY_US.contains(path)).as("%s: ours %s, the SDK's null", path, ours)
				.isTrue();
			return;
		}
		assertThat(ours).as("%s: the SDK has %s", path, theirs).isNotNull();
		if (ours instanceof Record record) {
			assertSameRecord(path, record, theirs);
		}
		else if (ours instanceof List<?> list) {
			List<?> theirList = (List<?>) theirs;
			assertThat(list).as(path).hasSameSizeAs(theirList);
			for (int i = 0; i < list.size(); i++) {
				assertSameFields(path + "[" + i + "]", list.get(i), theirList.get(i));
			}
		}
		else {
			assertThat(leaf(ours)).as(path).isEqualTo(leaf(theirs));
		}
	}

	private static void assertSameRecord(String path, Record ours, Object theirs) {
		List<String> matched = new ArrayList<>();
		for (Method getter : getters(theirs.getClass())) {
			String name = getter.getName().substring(getter.getName().startsWith("is") ? 2 : 3);
			String field = RENAMED_BY_THE_SDK.getOrDefault(name, name);
			RecordComponent component = Arrays.stream(ours.getClass().getRecordComponents())
				.filter((candidate) -> candidate.getName().equalsIgnoreCase(field))
				.findFirst()
				.orElse(null);
			assertThat(component)
				.as("%s: our %s has no field for the SDK's %s", path, ours.getClass().getSimpleName(), getter.getName())
				.isNotNull();
			matched.add(component.getName());
			String child = path.isEmpty() ? component.getName() : path + "." + component.getName();
			assertSameFields(child, invoke(component.getAccessor(), ours), invoke(getter, theirs));
		}
		assertThat(Arrays.stream(ours.getClass().getRecordComponents()).map(RecordComponent::getName))
			.as("%s: fields of ours that the SDK lacks", path)
			.filteredOn((name) -> !matched.contains(name))
			.isSubsetOf(OBSERVED_BEYOND_THE_DEFINITIONS);
	}

	private static List<Method> getters(Class<?> type) {
		return Arrays.stream(type.getMethods())
			.filter((method) -> method.getDeclaringClass() != Object.class && method.getParameterCount() == 0
					&& !Modifier.isStatic(method.getModifiers()) && !method.isAnnotationPresent(Deprecated.class)
					&& (method.getName().startsWith("get") || method.getName().startsWith("is")))
			.toList();
	}

	private static Object leaf(Object value) {
		if (value instanceof OffsetDateTime time) {
			return time.toInstant();
		}
		if (value instanceof ExpandableStringEnum<?>) {
			return value.toString();
		}
		if (value instanceof Float || value instanceof Double) {
			return ((Number) value).floatValue();
		}
		if (value instanceof Number number) {
			return (number instanceof Long || number instanceof Integer)
					? new BigDecimal(number.toString()).floatValue() : number;
		}
		if (value instanceof Map<?, ?> || value instanceof BinaryData) {
			return MAPPER.readTree(MAPPER.writeValueAsString(value));
		}
		return value;
	}

	private static @Nullable Object invoke(Method method, Object target) {
		try {
			return method.invoke(target);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static List<Typed> typedData(String json) {
		List<Typed> typed = new ArrayList<>();
		if (json.contains("\"specversion\"")) {
			List<CloudEvent> ours = CloudEvent.fromJson(json);
			List<com.azure.core.models.CloudEvent> theirs = com.azure.core.models.CloudEvent.fromString(json);
			for (int i = 0; i < ours.size(); i++) {
				CloudEvent event = ours.get(i);
				assertThat(event.isSystemEvent()).isTrue();
				typed.add(new Typed(event.getType(), event.systemEventData().orElseThrow(), theirs.get(i).getData()));
			}
		}
		else {
			List<EventGridEvent> ours = EventGridEvent.fromJson(json);
			List<com.azure.messaging.eventgrid.EventGridEvent> theirs = com.azure.messaging.eventgrid.EventGridEvent
				.fromString(json);
			for (int i = 0; i < ours.size(); i++) {
				EventGridEvent event = ours.get(i);
				assertThat(event.isSystemEvent()).isTrue();
				typed.add(new Typed(event.getEventType(), event.systemEventData().orElseThrow(),
						theirs.get(i).getData()));
			}
		}
		return typed;
	}

	private static String sample(String name) {
		try {
			String json = new ClassPathResource("payloads/" + name).getContentAsString(StandardCharsets.UTF_8);
			Matcher matcher = SOURCE.matcher(json);
			StringBuilder result = new StringBuilder();
			while (matcher.find()) {
				String source = matcher.group(2).replaceAll("\\{[^}]*}|<[^>]*>", "placeholder").replace(' ', '-');
				matcher.appendReplacement(result,
						Matcher.quoteReplacement(matcher.group(1) + source + matcher.group(3)));
			}
			matcher.appendTail(result);
			return result.toString();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	record Typed(String eventType, SystemEventData ours, BinaryData sdkData) {

	}

}
