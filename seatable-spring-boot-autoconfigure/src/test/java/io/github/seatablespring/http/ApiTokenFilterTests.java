package io.github.seatablespring.http;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import io.github.seatablespring.testsupport.TestTokens;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The API token goes to the server's /api/v2.1/dtable/ paths and nowhere else. */
class ApiTokenFilterTests {

	private final ApiTokenFilter filter = new ApiTokenFilter(URI.create("https://cloud.seatable.io"),
			TestTokens.API_TOKEN);

	@ParameterizedTest
	@ValueSource(strings = { "https://cloud.seatable.io/api/v2.1/dtable/app-upload-link/",
			"https://CLOUD.seatable.io:443/api/v2.1/dtable/custom/app-asset-dir/?path=/" })
	void addsTheTokenForTheServersFileEndpoints(String url) {
		assertThat(authorizationSent(url)).isEqualTo("Token " + TestTokens.API_TOKEN);
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://files.seatable.io/api/v2.1/dtable/app-upload-link/",
			"http://cloud.seatable.io/api/v2.1/dtable/app-upload-link/",
			"https://cloud.seatable.io:8443/api/v2.1/dtable/app-upload-link/",
			"https://cloud.seatable.io/seafhttp/upload-api/83e701c8-84ba-498c-91b1-ddb3789edb7e?ret-json=1",
			"https://cloud.seatable.io/api-gateway/api/v2/dtables/x/rows/",
			"https://cloud.seatable.io/api/v2.1/dtable/../../api2/account/info/",
			"https://cloud.seatable.io/api/v2.1/dtables/" })
	void leavesEveryOtherRequestAlone(String url) {
		assertThat(authorizationSent(url)).isNull();
	}

	@Test
	void toStringHidesTheToken() {
		assertThat(this.filter.toString()).doesNotContain(TestTokens.API_TOKEN).contains("redacted");
	}

	private String authorizationSent(String url) {
		List<ClientRequest> sent = new ArrayList<>();
		ClientRequest request = ClientRequest.create(HttpMethod.GET, URI.create(url)).build();
		this.filter.filter(request, (actual) -> {
			sent.add(actual);
			return Mono.just(ClientResponse.create(org.springframework.http.HttpStatus.OK).build());
		}).block();
		return sent.get(0).headers().getFirst(HttpHeaders.AUTHORIZATION);
	}

}
