package io.github.seatablespring.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Answers of the project's own, in {@code src/test/resources/answers}: shaped as answers
 * a real SeaTable server gave, with values of their own, so that tests of the requests
 * run in a plain clone.
 */
public final class Answers {

	private Answers() {
	}

	/** The JSON answer {@code answers/<file>}. */
	public static String read(String file) {
		try (InputStream in = Answers.class.getResourceAsStream("/answers/" + file)) {
			if (in == null) {
				throw new IllegalArgumentException("No test answer " + file);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
