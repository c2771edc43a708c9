package io.github.seatablespring.http;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.springframework.util.Assert;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Builds the URI of every request the clients send: a server, a path template with
 * {@code {variables}} and query parameters. Every variable and query value is encoded as
 * {@code UriBuilder} encodes URI variables (everything but {@code A-Z a-z 0-9 - . _ ~}
 * percent-encoded as UTF-8), so a value can never add a path segment or a parameter.
 *
 * <p>
 * {@code WebClient.uri(template, ...)} parses the template, with the base URL, on every
 * request: a few microseconds each time, as much as a small answer takes to decode. The
 * templates here are the client's own constants, so the URI is written straight into one
 * string instead.
 */
public final class RequestUris {

	/**
	 * The request attribute from which WebClient's observation takes the {@code uri} tag;
	 * {@code WebClient.uri(template, ...)} sets it, a URI built here must set it itself.
	 */
	public static final String TEMPLATE_ATTRIBUTE = WebClient.class.getName() + ".uriTemplate";

	private static final char[] HEX = "0123456789ABCDEF".toCharArray();

	private RequestUris() {
	}

	/**
	 * The server's URL as the prefix of request URIs: its scheme, authority and path,
	 * without a trailing slash.
	 * @param server the server's absolute URL, without query or fragment
	 */
	public static String prefix(URI server) {
		Assert.isTrue(server.getScheme() != null && server.getRawAuthority() != null,
				() -> "The server URL must be absolute: " + server);
		String path = (server.getRawPath() != null) ? server.getRawPath() : "";
		while (path.endsWith("/")) {
			path = path.substring(0, path.length() - 1);
		}
		return server.getScheme() + "://" + server.getRawAuthority() + path;
	}

	/**
	 * The URI {@code prefix + pathTemplate}, its {@code {variables}} filled in and the
	 * query appended, everything encoded.
	 * @param prefix the server, as {@link #prefix(URI)} gives it
	 * @param pathTemplate the path from the server's root, with {@code {variables}}
	 * @param variables a value for each of the template's variables
	 * @param query query parameters in the order to send them; {@code null} values are
	 * left out
	 * @throws IllegalArgumentException if a variable of the template has no value
	 */
	public static URI expand(String prefix, String pathTemplate, Map<String, ?> variables, Map<String, ?> query) {
		StringBuilder uri = new StringBuilder(prefix.length() + pathTemplate.length() + 64).append(prefix);
		int from = 0;
		for (int open = pathTemplate.indexOf('{'); open >= 0; open = pathTemplate.indexOf('{', from)) {
			int close = pathTemplate.indexOf('}', open);
			if (close < 0) {
				throw new IllegalArgumentException("Unclosed variable in " + pathTemplate);
			}
			String name = pathTemplate.substring(open + 1, close);
			Object value = variables.get(name);
			if (value == null) {
				throw new IllegalArgumentException("No value for {" + name + "} in " + pathTemplate);
			}
			uri.append(pathTemplate, from, open);
			encode(value.toString(), uri);
			from = close + 1;
		}
		uri.append(pathTemplate, from, pathTemplate.length());
		char separator = '?';
		for (Map.Entry<String, ?> parameter : query.entrySet()) {
			if (parameter.getValue() != null) {
				uri.append(separator);
				encode(parameter.getKey(), uri);
				uri.append('=');
				encode(parameter.getValue().toString(), uri);
				separator = '&';
			}
		}
		return URI.create(uri.toString());
	}

	/** Appends {@code value} with every character but the unreserved ones encoded. */
	static void encode(String value, StringBuilder to) {
		int length = value.length();
		int plain = 0;
		while (plain < length && isUnreserved(value.charAt(plain))) {
			plain++;
		}
		to.append(value, 0, plain);
		if (plain == length) {
			return;
		}
		for (byte b : value.substring(plain).getBytes(StandardCharsets.UTF_8)) {
			if (b >= 0 && isUnreserved((char) b)) {
				to.append((char) b);
			}
			else {
				to.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
			}
		}
	}

	private static boolean isUnreserved(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
				|| c == '_' || c == '~';
	}

}
