package io.github.seatablespring.testsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;

/**
 * Answers a real SeaTable server gave, read at run time from
 * {@code shared/seatable-api/recorded} (looked up from the working directory upwards); a
 * test that needs a missing one is skipped and says why. Tests that only need an answer's
 * shape use {@link Answers}, which the project carries.
 */
public final class RecordedAnswers {

	private RecordedAnswers() {
	}

	/**
	 * The recorded JSON answer at this path below {@code recorded/}, for example
	 * {@code test_views/test_getView.json}.
	 */
	public static String read(String file) {
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			Path candidate = dir.resolve("shared/seatable-api/recorded").resolve(file);
			if (Files.exists(candidate)) {
				try {
					return Files.readString(candidate, StandardCharsets.UTF_8);
				}
				catch (IOException ex) {
					throw new IllegalStateException(ex);
				}
			}
		}
		String reason = "skipped: this test checks that a real SeaTable server's answer " + file
				+ " can be read, and the recordings (shared/seatable-api/recorded, next to or above the project)"
				+ " are not in this checkout; tests of the requests use the project's own answers";
		// Maven prints no reason for a skipped test: say it where the build log shows it
		System.out.println(reason);
		return Assumptions.abort(reason);
	}

}
