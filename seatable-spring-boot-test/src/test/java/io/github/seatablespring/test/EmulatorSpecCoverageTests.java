package io.github.seatablespring.test;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every operation of SeaTable's {@code base_operations.yaml},
 * {@code file_operations.yaml} and {@code ping_and_info.yaml}
 * ({@code shared/seatable-api/spec}, found above the working directory; skipped when
 * absent) has a route: sent over HTTP, none gets the emulator's "no such route" answer.
 */
class EmulatorSpecCoverageTests {

	private static final List<String> SPECS = List.of("base_operations.yaml", "file_operations.yaml",
			"ping_and_info.yaml");

	private static final Set<String> METHODS = Set.of("get", "post", "put", "delete");

	@RegisterExtension
	static SeaTableEmulatorExtension seaTable = new SeaTableEmulatorExtension()
		.withBase((base) -> base.createTable("Table1", List.of(EmulatedColumn.of("Name", "text"))));

	private static @Nullable Path spec;

	@BeforeAll
	static void locateSpec() {
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			Path candidate = dir.resolve("shared/seatable-api/spec");
			if (Files.isDirectory(candidate)) {
				spec = candidate;
				break;
			}
		}
		if (spec == null) {
			// Maven prints no reason for a skipped class: say it where the build log
			// shows it
			System.out.println(
					"EmulatorSpecCoverageTests skipped: SeaTable's reference files (shared/seatable-api/spec) are not "
							+ "next to or above this checkout");
		}
		assumeTrue(spec != null, "no shared/seatable-api/spec above the working directory");
	}

	@Test
	void everyOperationOfTheSpecHasARoute() throws IOException {
		EmulatedBase base = seaTable.base();
		EmulatorClient client = new EmulatorClient(seaTable.emulator());
		String token = client.baseToken(base.apiToken());
		String rowId = base.insertRows("Table1", List.of(Map.of("Name", "x"))).get(0);
		List<String> operations = new ArrayList<>();
		List<String> missing = new ArrayList<>();
		for (String file : SPECS) {
			for (Map.Entry<String, Map<String, Object>> path : paths(spec.resolve(file)).entrySet()) {
				for (String method : path.getValue().keySet()) {
					if (!METHODS.contains(method)) {
						continue;
					}
					String url = path.getKey()
						.replace("?ret-json=1", "")
						.replace("{base_uuid}", base.uuid())
						.replace("{row_id}", rowId)
						.replace("{view_name}",
								URLEncoder.encode("Default View", StandardCharsets.UTF_8).replace("+", "%20"))
						.replaceAll("\\{[a-z_]+\\}", "1");
					String authorization = url.startsWith("/api/v2.1/dtable/") ? "Token " + base.apiToken()
							: "Bearer " + token;
					HttpResponse<String> response = client.send(method.toUpperCase(), url, authorization,
							method.equals("get") ? "" : "{}");
					operations.add(method + " " + path.getKey());
					if (response.statusCode() == 404 && (response.body().startsWith("{\"error_message\":\"not found: ")
							|| response.body().equals("{\"error_msg\":\"Not found.\"}"))) {
						missing.add(method.toUpperCase() + " " + path.getKey());
					}
				}
			}
		}
		assertThat(operations).hasSizeGreaterThan(60);
		assertThat(missing).isEmpty();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Map<String, Object>> paths(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			Map<String, Object> document = new Yaml().load(in);
			return (Map<String, Map<String, Object>>) document.get("paths");
		}
	}

}
