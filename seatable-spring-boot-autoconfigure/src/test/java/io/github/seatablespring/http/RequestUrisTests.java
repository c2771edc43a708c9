package io.github.seatablespring.http;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.web.util.DefaultUriBuilderFactory;
import org.springframework.web.util.UriBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Request URIs: every value encoded as WebClient's own URI builder encodes URI variables,
 * so that no value can add a path segment or a parameter.
 */
class RequestUrisTests {

	private static final String SERVER = "https://cloud.example.com:8443";

	private static final List<String> VALUES = List.of("Table1", "Table 1", "a/b", "a?b=c&d", "50%+1", "#hash",
			"Käse & Brot", "表格", "😀 emoji", "~._-", "", "plus+sign", "semi;colon", "{braces}", "quote\"'");

	@Test
	void encodesEveryValueAsWebClientsUriBuilderDoes() {
		DefaultUriBuilderFactory spring = new DefaultUriBuilderFactory(SERVER);
		for (String value : VALUES) {
			Map<String, Object> query = new LinkedHashMap<>();
			query.put("table_name", value);
			query.put("start", 0);
			query.put("convert_keys", true);
			URI ours = RequestUris.expand(SERVER, "/api-gateway/api/v2/dtables/{base_uuid}/rows/{row_id}/",
					Map.of("base_uuid", "650d8a0d", "row_id", value), query);
			UriBuilder builder = spring.uriString("/api-gateway/api/v2/dtables/{base_uuid}/rows/{row_id}/")
				.queryParam("table_name", "{q1}")
				.queryParam("start", "{q2}")
				.queryParam("convert_keys", "{q3}");
			URI theirs = builder
				.build(Map.of("base_uuid", "650d8a0d", "row_id", value, "q1", value, "q2", 0, "q3", true));
			assertThat(ours).as(value).isEqualTo(theirs);
			assertThat(ours.getRawQuery()).as(value).startsWith("table_name=").endsWith("&start=0&convert_keys=true");
		}
	}

	@Test
	void leavesOutNullParametersAndKeepsTheOrder() {
		Map<String, Object> query = new LinkedHashMap<>();
		query.put("b", 2);
		query.put("view_name", null);
		query.put("a", "x");
		assertThat(RequestUris.expand(SERVER, "/rows/", Map.of(), query)).hasToString(SERVER + "/rows/?b=2&a=x");
		assertThat(RequestUris.expand(SERVER, "/rows/", Map.of(), Map.of())).hasToString(SERVER + "/rows/");
	}

	@Test
	void refusesATemplateVariableWithoutValue() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> RequestUris.expand(SERVER, "/rows/{row_id}/", Map.of(), Map.of()))
			.withMessageContaining("{row_id}");
	}

	@Test
	void prefixIsTheServerWithoutTrailingSlash() {
		assertThat(RequestUris.prefix(URI.create("https://cloud.seatable.io/"))).isEqualTo("https://cloud.seatable.io");
		assertThat(RequestUris.prefix(URI.create("http://127.0.0.1:8080"))).isEqualTo("http://127.0.0.1:8080");
		assertThat(RequestUris.prefix(URI.create("https://example.com/seatable//")))
			.isEqualTo("https://example.com/seatable");
		assertThatIllegalArgumentException().isThrownBy(() -> RequestUris.prefix(URI.create("/relative")));
	}

}
