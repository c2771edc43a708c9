package io.github.seatablespring.autoconfigure;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Collections;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** Metadata of the properties the health check, seatable.enabled and named bases add. */
class SeaTableObservabilityMetadataTests {

	private static JsonNode metadata() throws IOException {
		for (URL url : Collections.list(SeaTableObservabilityMetadataTests.class.getClassLoader()
			.getResources("META-INF/spring-configuration-metadata.json"))) {
			try (InputStream in = url.openStream()) {
				JsonNode candidate = JsonMapper.shared().readTree(in);
				if (candidate.toString().contains("\"seatable.api-token\"")) {
					return candidate;
				}
			}
		}
		throw new AssertionError("no seatable metadata");
	}

	private static JsonNode named(JsonNode array, String name) {
		for (JsonNode entry : array) {
			if (name.equals(entry.path("name").asString(""))) {
				return entry;
			}
		}
		throw new AssertionError(name + " is not documented");
	}

	@Test
	void enabledIsDocumentedWithHints() throws IOException {
		JsonNode metadata = metadata();
		assertThat(named(metadata.path("properties"), "seatable.enabled").path("description").asString())
			.contains("AOT");
		assertThat(named(metadata.path("hints"), "seatable.enabled").path("values")).hasSize(2);
	}

	@Test
	void healthPropertiesAndBaseNamesAreDocumented() throws IOException {
		JsonNode metadata = metadata();
		assertThat(named(metadata.path("properties"), "seatable.health.cache-time-to-live").path("defaultValue")
			.asString()).isEqualTo("10s");
		assertThat(named(metadata.path("properties"), "management.health.seatable.enabled").path("defaultValue")
			.asBoolean()).isTrue();
		assertThat(named(metadata.path("hints"), "seatable.bases.keys").path("values")
			.get(0)
			.path("description")
			.asString()).contains("SeaTableBases.template", "seatable.bases.crm.api-token");
	}

}
