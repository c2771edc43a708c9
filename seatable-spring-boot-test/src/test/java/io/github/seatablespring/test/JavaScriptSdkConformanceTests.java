package io.github.seatablespring.test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.seatablespring.test.standalone.EmulatorMain;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Conformance with a client nobody here wrote: SeaTable's official JavaScript SDK
 * ({@code seatable-api} 1.0.46 from npm, installed into {@code target/js-sdk} from
 * {@code src/test/js}'s lock file) runs {@code src/test/js/conformance.js} against the
 * standalone emulator, started as its own process as the README says. Skipped without
 * {@code node} and {@code npm} (or npm's registry) unless {@code SEATABLE_REQUIRE_NODE}
 * is set, as {@code .ci/run} does.
 */
class JavaScriptSdkConformanceTests {

	private static final Pattern URL = Pattern.compile("running at (http://\\S+)");

	private static final Pattern TOKEN = Pattern.compile("API token \\((read-write|read-only)\\):\\s+(\\S+)");

	@Test
	void officialJavaScriptSdkWorksAgainstTheStandaloneEmulator() throws Exception {
		boolean required = System.getenv("SEATABLE_REQUIRE_NODE") != null;
		boolean available = runs("node", "--version") && runs("npm", "--version");
		if (required) {
			assertThat(available).as("node and npm on the PATH").isTrue();
		}
		assumeTrue(available, "node and npm are not installed");
		Path sources = Path.of("src/test/js");
		Path dir = Path.of("target/js-sdk");
		Files.createDirectories(dir);
		for (String file : List.of("package.json", "package-lock.json", "conformance.js", "fixture.json")) {
			Files.copy(sources.resolve(file), dir.resolve(file), StandardCopyOption.REPLACE_EXISTING);
		}
		if (!Files.isDirectory(dir.resolve("node_modules/seatable-api"))) {
			Result install = run(dir, Map.of(), Duration.ofMinutes(5), "npm", "ci", "--no-audit", "--no-fund",
					"--loglevel=error");
			if (required) {
				assertThat(install.exitCode()).as("npm ci: %s", install.output()).isZero();
			}
			// without the registry (offline), there is no SDK to run
			assumeTrue(install.exitCode() == 0, () -> "npm ci failed: " + install.output());
		}
		Process emulator = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), EmulatorMain.class.getName(), "--port=0",
				"--fixture=" + dir.resolve("fixture.json"))
			.redirectErrorStream(true)
			.start();
		try {
			Map<String, String> started = awaitStart(emulator);
			Result sdk = run(dir, started, Duration.ofMinutes(2), "node", "conformance.js");
			assertThat(sdk.exitCode()).as("the SDK's checks: %s", sdk.output()).isZero();
			assertThat(sdk.output()).containsPattern("conformance: \\d+ checks passed");
			System.out.print(sdk.output());
		}
		finally {
			// SIGTERM runs the emulator's shutdown hook, as Ctrl-C does
			emulator.destroy();
			assertThat(emulator.waitFor(30, TimeUnit.SECONDS)).as("the emulator stops").isTrue();
		}
	}

	/** Reads the emulator's banner: its URL and API tokens. */
	private static Map<String, String> awaitStart(Process emulator) throws IOException {
		BufferedReader out = new BufferedReader(
				new InputStreamReader(emulator.getInputStream(), StandardCharsets.UTF_8));
		Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
		String server = null;
		String readWrite = null;
		String readOnly = null;
		List<String> lines = new ArrayList<>();
		String line;
		while (Instant.now().isBefore(deadline) && (line = out.readLine()) != null) {
			lines.add(line);
			Matcher url = URL.matcher(line);
			Matcher token = TOKEN.matcher(line);
			if (url.find()) {
				server = url.group(1);
			}
			else if (token.find()) {
				if (token.group(1).equals("read-write")) {
					readWrite = token.group(2);
				}
				else {
					readOnly = token.group(2);
				}
			}
			if (line.startsWith("Press Ctrl-C")) {
				break;
			}
		}
		assertThat(server).as("the emulator's banner: %s", lines).isNotNull();
		assertThat(server).startsWith("http://127.0.0.1:");
		assertThat(readWrite).hasSize(40);
		assertThat(readOnly).hasSize(40).isNotEqualTo(readWrite);
		// keep reading, so that the emulator never blocks on a full pipe
		Thread drain = new Thread(() -> out.lines().forEach((ignored) -> {
		}), "emulator-output");
		drain.setDaemon(true);
		drain.start();
		return Map.of("SERVER", server, "API_TOKEN", readWrite, "READ_ONLY_TOKEN", readOnly);
	}

	private static boolean runs(String... command) {
		try {
			return run(Path.of("."), Map.of(), Duration.ofSeconds(30), command).exitCode() == 0;
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static Result run(Path dir, Map<String, String> env, Duration timeout, String... command)
			throws IOException {
		ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
		builder.environment().putAll(env);
		Process process = builder.start();
		StringBuilder output = new StringBuilder();
		Thread reader = new Thread(() -> {
			try (BufferedReader in = new BufferedReader(
					new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
				in.lines().forEach((line) -> output.append(line).append('\n'));
			}
			catch (IOException ex) {
				// the process ended
			}
		});
		reader.start();
		try {
			if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				process.destroyForcibly();
				return new Result(-1, "timed out after " + timeout + ": " + output);
			}
			reader.join(5000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			process.destroyForcibly();
			return new Result(-1, "interrupted");
		}
		return new Result(process.exitValue(), output.toString());
	}

	private record Result(int exitCode, String output) {
	}

}
