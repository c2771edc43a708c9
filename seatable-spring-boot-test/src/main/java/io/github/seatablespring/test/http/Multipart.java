package io.github.seatablespring.test.http;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.seatablespring.test.store.EmulatedError;
import org.jspecify.annotations.Nullable;

/**
 * Reads {@code multipart/form-data} bodies (RFC 7578), as the file server receives
 * uploads.
 */
public final class Multipart {

	private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";]+)\"?", Pattern.CASE_INSENSITIVE);

	private static final Pattern NAME = Pattern.compile("[; ]name=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);

	private static final Pattern FILENAME = Pattern.compile("filename=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);

	private Multipart() {
	}

	/**
	 * A part of the body.
	 *
	 * @param name the form field's name
	 * @param fileName the file name, {@code null} for a plain field
	 * @param content the part's bytes
	 */
	public record Part(String name, @Nullable String fileName, byte[] content) {

		public String text() {
			return new String(this.content, StandardCharsets.UTF_8);
		}

	}

	static List<Part> parse(@Nullable String contentType, byte[] body) {
		Matcher boundary = (contentType != null) ? BOUNDARY.matcher(contentType) : null;
		if (boundary == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")
				|| !boundary.find()) {
			throw EmulatedError.badRequest("a multipart/form-data body is required");
		}
		byte[] delimiter = ("--" + boundary.group(1)).getBytes(StandardCharsets.ISO_8859_1);
		List<Part> parts = new ArrayList<>();
		int start = indexOf(body, delimiter, 0);
		while (start >= 0) {
			int headersStart = start + delimiter.length;
			if (headersStart + 1 < body.length && body[headersStart] == '-' && body[headersStart + 1] == '-') {
				break;
			}
			headersStart += 2;
			int headersEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), headersStart);
			int next = indexOf(body, delimiter, headersStart);
			if (headersEnd < 0 || next < 0) {
				throw EmulatedError.badRequest("the multipart body is cut off");
			}
			String headers = new String(body, headersStart, headersEnd - headersStart, StandardCharsets.UTF_8);
			byte[] content = Arrays.copyOfRange(body, headersEnd + 4, Math.max(headersEnd + 4, next - 2));
			Matcher name = NAME.matcher(headers);
			Matcher fileName = FILENAME.matcher(headers);
			parts.add(new Part(name.find() ? name.group(1) : "", fileName.find() ? fileName.group(1) : null, content));
			start = next;
		}
		return parts;
	}

	private static int indexOf(byte[] data, byte[] pattern, int from) {
		outer: for (int i = from; i <= data.length - pattern.length; i++) {
			for (int j = 0; j < pattern.length; j++) {
				if (data[i + j] != pattern[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

}
