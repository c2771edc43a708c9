package io.github.seatablespring.testsupport;

import java.util.List;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Generated rows and row ids for paging and batch tests, and access to logged JSON
 * bodies.
 */
public final class TestRows {

	private TestRows() {
	}

	/** A valid 22-character row id that encodes {@code n}. */
	public static String id(long n) {
		return String.format("r%021d", n);
	}

	/**
	 * A JSON array of {@code count} rows {@code {"_id":id(n),"n":n}} starting at
	 * {@code n = from}.
	 */
	public static String rowsArray(long from, int count) {
		StringBuilder json = new StringBuilder(count * 40).append('[');
		for (long n = from; n < from + count; n++) {
			if (n > from) {
				json.append(',');
			}
			json.append("{\"_id\":\"").append(id(n)).append("\",\"n\":").append(n).append('}');
		}
		return json.append(']').toString();
	}

	/** The JSON body of a logged request. */
	public static JsonNode body(LoggedRequest request) {
		return JsonMapper.shared().readTree(request.getBodyAsString());
	}

	/** The JSON bodies of logged requests, in the order given. */
	public static List<JsonNode> bodies(List<LoggedRequest> requests) {
		return requests.stream().map(TestRows::body).toList();
	}

}
