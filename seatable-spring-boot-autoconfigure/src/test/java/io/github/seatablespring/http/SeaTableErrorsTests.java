package io.github.seatablespring.http;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;

import io.github.seatablespring.SeaTableAuthenticationException;
import io.github.seatablespring.SeaTableBadRequestException;
import io.github.seatablespring.SeaTableException;
import io.github.seatablespring.SeaTableNotFoundException;
import io.github.seatablespring.SeaTablePermissionException;
import io.github.seatablespring.SeaTableRequestDetails;
import io.github.seatablespring.SeaTableRateLimitException;
import io.github.seatablespring.SeaTableServerException;
import io.github.seatablespring.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.mock.http.client.MockClientHttpRequest;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;

import static org.assertj.core.api.Assertions.assertThat;

class SeaTableErrorsTests {

	private static final String PATH = "/api-gateway/api/v2/dtables/" + TestTokens.BASE_UUID + "/rows/";

	private static final String JWT = TestTokens.jwt(Instant.parse("2026-01-18T10:00:00Z"), "tests");

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			400 | Invalid table name.             | io.github.seatablespring.SeaTableBadRequestException
			401 | Authentication failed.          | io.github.seatablespring.SeaTableAuthenticationException
			403 | You don't have permission.      | io.github.seatablespring.SeaTablePermissionException
			403 | Token expired.                  | io.github.seatablespring.SeaTableAuthenticationException
			403 | Invalid token.                  | io.github.seatablespring.SeaTableAuthenticationException
			404 | Table not found.                | io.github.seatablespring.SeaTableNotFoundException
			429 | Request was throttled.          | io.github.seatablespring.SeaTableRateLimitException
			500 | Internal Server Error           | io.github.seatablespring.SeaTableServerException
			502 | Bad Gateway                     | io.github.seatablespring.SeaTableServerException
			503 | Service Unavailable             | io.github.seatablespring.SeaTableServerException
			418 | I'm a teapot                    | io.github.seatablespring.SeaTableException
			""")
	void mapsEachStatusToItsException(int status, String errorMessage, Class<?> type) {
		SeaTableException ex = fromResponse(status, "{\"error_msg\":\"" + errorMessage.replace("'", "\\u0027") + "\"}",
				new HttpHeaders());

		assertThat(ex).isExactlyInstanceOf(type);
		assertThat(ex.getStatus()).hasValue(status);
		assertThat(ex.getErrorMessage()).isEqualTo(errorMessage);
		assertThat(ex.getMethod()).isEqualTo("POST");
		assertThat(ex.getPath()).isEqualTo(PATH);
		assertThat(ex.getMessage()).contains("POST " + PATH + " -> " + status, errorMessage)
			.doesNotContain(JWT)
			.doesNotContain(TestTokens.API_TOKEN)
			.doesNotContain("Bearer");
	}

	@Test
	void readsTheRequestFromTheResponseToo() {
		ClientResponse response = ClientResponse.create(HttpStatusCode.valueOf(404))
			.header(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON_VALUE)
			.body("{\"error_message\":\"Row not found.\"}")
			.request(httpRequest())
			.build();

		SeaTableException ex = SeaTableErrors.fromResponse(response).block(Duration.ofSeconds(5));

		assertThat(ex).isExactlyInstanceOf(SeaTableNotFoundException.class);
		assertThat(ex.getErrorMessage()).isEqualTo("Row not found.");
		assertThat(ex.getMessage()).contains("POST " + PATH).doesNotContain(JWT);
	}

	@Test
	void rateLimitCarriesTheResetTheServerSent() {
		HttpHeaders headers = new HttpHeaders();
		headers.add(SeaTableErrors.RATE_LIMIT_RESET, "2");

		SeaTableException ex = fromResponse(429, "", headers);

		assertThat(ex).isExactlyInstanceOf(SeaTableRateLimitException.class);
		assertThat(((SeaTableRateLimitException) ex).getRetryAfter()).isEqualTo(Duration.ofSeconds(2));
		assertThat(ex.getErrorMessage()).isNull();
		assertThat(ex.getMessage()).isEqualTo("SeaTable's rate limit was hit [POST " + PATH + " -> 429]");
	}

	@Test
	void extractsErrorMsgErrorMessageAndDetail() {
		assertThat(SeaTableErrors.errorMessage("{\"error_msg\":\"a\"}")).isEqualTo("a");
		assertThat(SeaTableErrors.errorMessage("{\"error_message\":\"b\"}")).isEqualTo("b");
		assertThat(SeaTableErrors.errorMessage("{\"detail\":\"c\"}")).isEqualTo("c");
		assertThat(SeaTableErrors.errorMessage("{\"detail\":\"c\",\"error_msg\":\"a\"}")).isEqualTo("a");
		assertThat(SeaTableErrors.errorMessage("{\"error_msg\":\" \",\"detail\":\"c\"}")).isEqualTo("c");
		assertThat(SeaTableErrors.errorMessage("{\"rows\":[]}")).isNull();
		assertThat(SeaTableErrors.errorMessage("")).isNull();
		assertThat(SeaTableErrors.errorMessage("  \n")).isNull();
	}

	@Test
	void shortensNonJsonBodies() {
		String page = "<html><head><title>502 Bad Gateway</title></head><body>" + "x".repeat(500) + "</body></html>";

		String message = SeaTableErrors.errorMessage("\n" + page + "\n");

		assertThat(message).hasSize(203).startsWith("<html><head><title>502 Bad Gateway").endsWith("...");
		assertThat(SeaTableErrors.errorMessage(" Bad Gateway ")).isEqualTo("Bad Gateway");
		SeaTableException ex = fromResponse(502, page, new HttpHeaders());
		assertThat(ex).isExactlyInstanceOf(SeaTableServerException.class);
		assertThat(ex.getErrorMessage()).isEqualTo(message);
	}

	@Test
	void tokenProblemsAreTellingMessagesOnly() {
		assertThat(SeaTableErrors.isTokenProblem("Token expired.")).isTrue();
		assertThat(SeaTableErrors.isTokenProblem("Invalid token")).isTrue();
		assertThat(SeaTableErrors.isTokenProblem("You don't have permission to perform this operation on this base."))
			.isFalse();
		assertThat(SeaTableErrors.isTokenProblem(null)).isFalse();
		assertThat(SeaTableErrors.forStatus(SeaTableRequestDetails.answered("GET", PATH, 403, null), null))
			.isExactlyInstanceOf(SeaTablePermissionException.class);
		assertThat(SeaTableErrors.forStatus(SeaTableRequestDetails.answered("GET", PATH, 401, null), null))
			.isExactlyInstanceOf(SeaTableAuthenticationException.class);
		assertThat(SeaTableErrors.forStatus(SeaTableRequestDetails.answered("GET", PATH, 400, null), null))
			.isExactlyInstanceOf(SeaTableBadRequestException.class)
			.hasMessage("SeaTable rejected the request [GET " + PATH + " -> 400]");
	}

	@Test
	void retryAfterReadsSecondsOrEpochSeconds() {
		assertThat(SeaTableErrors.retryAfter(headers(SeaTableErrors.RATE_LIMIT_RESET, "2")))
			.isEqualTo(Duration.ofSeconds(2));
		assertThat(SeaTableErrors.retryAfter(headers(SeaTableErrors.RATE_LIMIT_RESET, "0.5")))
			.isEqualTo(Duration.ofMillis(500));
		long inThirtySeconds = Instant.now().plusSeconds(30).getEpochSecond();
		assertThat(SeaTableErrors.retryAfter(headers(SeaTableErrors.RATE_LIMIT_RESET, Long.toString(inThirtySeconds))))
			.isPositive()
			.isLessThanOrEqualTo(Duration.ofSeconds(30));
		long aMinuteAgo = Instant.now().minusSeconds(60).getEpochSecond();
		assertThat(SeaTableErrors.retryAfter(headers(SeaTableErrors.RATE_LIMIT_RESET, Long.toString(aMinuteAgo))))
			.isZero();
		assertThat(SeaTableErrors.retryAfter(headers(HttpHeaders.RETRY_AFTER, "3"))).isEqualTo(Duration.ofSeconds(3));
		assertThat(SeaTableErrors.retryAfter(headers(SeaTableErrors.RATE_LIMIT_RESET, "soon"))).isNull();
		assertThat(SeaTableErrors.retryAfter(headers(SeaTableErrors.RATE_LIMIT_RESET, " "))).isNull();
		assertThat(SeaTableErrors.retryAfter(new HttpHeaders())).isNull();
	}

	private static SeaTableException fromResponse(int status, String body, HttpHeaders headers) {
		ClientResponse response = ClientResponse.create(HttpStatusCode.valueOf(status))
			.headers((all) -> all.addAll(headers))
			.body(body)
			.build();
		return SeaTableErrors.fromResponse(request(), response).block(Duration.ofSeconds(5));
	}

	private static ClientRequest request() {
		return ClientRequest.create(HttpMethod.POST, URI.create("https://cloud.seatable.io" + PATH + "?table_name=T"))
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + JWT)
			.build();
	}

	private static MockClientHttpRequest httpRequest() {
		MockClientHttpRequest request = new MockClientHttpRequest(HttpMethod.POST,
				URI.create("https://cloud.seatable.io" + PATH + "?table_name=T"));
		request.getHeaders().setBearerAuth(JWT);
		return request;
	}

	private static HttpHeaders headers(String name, String value) {
		HttpHeaders headers = new HttpHeaders();
		headers.add(name, value);
		return headers;
	}

}
