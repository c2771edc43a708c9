package io.github.seatablespring.autoconfigure;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The configuration processor documents every {@code seatable.*} property for IDEs. */
class SeaTableConfigurationMetadataTests {

	private static JsonNode metadata;

	@BeforeAll
	static void readMetadata() throws IOException {
		// several jars ship this file; ours is the one with the seatable group
		for (URL url : Collections.list(SeaTableConfigurationMetadataTests.class.getClassLoader()
			.getResources("META-INF/spring-configuration-metadata.json"))) {
			try (InputStream in = url.openStream()) {
				JsonNode candidate = JsonMapper.shared().readTree(in);
				for (JsonNode group : candidate.path("groups")) {
					if ("seatable".equals(group.path("name").asString(""))) {
						metadata = candidate;
					}
				}
			}
		}
		assertThat(metadata).as("META-INF/spring-configuration-metadata.json with the seatable group").isNotNull();
	}

	@Test
	void apiTokenIsDocumentedWithoutDefault() {
		JsonNode property = property("seatable.api-token").orElseThrow();
		assertThat(property.path("type").asString("")).isEqualTo("java.lang.String");
		assertThat(property.path("description").asString("")).contains("API token", "enables the client");
		assertThat(property.has("defaultValue")).isFalse();
	}

	@Test
	void topLevelPropertiesHaveDescriptionAndDefault() {
		assertDocumented("seatable.server-url", "https://cloud.seatable.io");
		assertDocumented("seatable.timeout", "30s");
		assertDocumented("seatable.token.refresh-before-expiry", "5m");
		assertDocumented("seatable.rate-limit.max-wait", "61s");
		assertThat(property("seatable.rate-limit.enabled").orElseThrow().path("defaultValue").asBoolean(false))
			.isTrue();
	}

	@Test
	void quotaPropertiesHaveDescriptionAndNumericDefault() {
		JsonNode perMinute = property("seatable.rate-limit.requests-per-minute").orElseThrow();
		assertThat(perMinute.path("description").asString("")).contains("60-second window");
		assertThat(perMinute.path("defaultValue").asInt()).isEqualTo(300);
		JsonNode perDay = property("seatable.rate-limit.requests-per-day").orElseThrow();
		assertThat(perDay.path("description").asString("")).contains("24-hour window");
		assertThat(perDay.path("defaultValue").asInt()).isEqualTo(5000);
	}

	@Test
	void retryOn429IsDocumentedUnderItsDocumentedName() {
		JsonNode property = property("seatable.rate-limit.retry-on-429").orElseThrow();
		assertThat(property.path("description").asString("")).contains("429");
		assertThat(property.path("defaultValue").asInt()).isEqualTo(3);
		// the processor's own spelling of retryOn429 is hidden in favour of the one above
		assertThat(property("seatable.rate-limit.retry-on429")).isEmpty();
	}

	@Test
	void basesMapAndHintsAreDocumented() {
		assertThat(property("seatable.bases").orElseThrow().path("description").asString("")).contains("own quota");
		List<String> hints = new ArrayList<>();
		metadata.path("hints").forEach((hint) -> hints.add(hint.path("name").asString("")));
		assertThat(hints).contains("seatable.server-url", "seatable.rate-limit.requests-per-minute",
				"seatable.rate-limit.requests-per-day");
	}

	private static void assertDocumented(String name, String defaultValue) {
		JsonNode property = property(name).orElseThrow(() -> new AssertionError(name + " is not in the metadata"));
		assertThat(property.path("description").asString("")).as(name).isNotBlank();
		assertThat(property.path("defaultValue").asString("")).as(name).isEqualTo(defaultValue);
	}

	private static Optional<JsonNode> property(String name) {
		for (JsonNode property : metadata.path("properties")) {
			if (name.equals(property.path("name").asString(""))) {
				return Optional.of(property);
			}
		}
		return Optional.empty();
	}

}
