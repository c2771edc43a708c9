package io.github.seatablespring.account;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.github.seatablespring.account.autoconfigure.SeaTableAccountFactory;
import io.github.seatablespring.autoconfigure.SeaTableProperties;
import io.github.seatablespring.http.RequestUris;
import io.github.seatablespring.testsupport.TestBases;
import org.junit.jupiter.api.Test;

import org.springframework.web.reactive.function.client.WebClient;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Account requests carry their path template, the observation's {@code uri} tag, with the
 * values of its variables left out.
 */
@WireMockTest
class AccountUriTemplateTests {

	@Test
	void everyRequestCarriesItsPathTemplate(WireMockRuntimeInfo wm) {
		TestAccounts.stubLogin(wm.getWireMock());
		wm.getWireMock().register(any(anyUrl()).atPriority(10).willReturn(okJson("{\"success\":true}")));
		List<String> sent = new CopyOnWriteArrayList<>();
		WebClient.Builder recording = WebClient.builder().filter((request, next) -> {
			sent.add(request.method() + " " + request.url().getRawPath() + " as "
					+ request.attribute(RequestUris.TEMPLATE_ATTRIBUTE).orElse("none"));
			return next.exchange(request);
		});
		SeaTableProperties properties = new SeaTableProperties();
		properties.setServerUrl(URI.create(wm.getHttpBaseUrl()));
		SeaTableAccountTemplate account = new SeaTableAccountTemplate(new SeaTableAccountFactory(recording, List.of(),
				TestBases.factory(Clock.systemUTC()), Clock.systemUTC())
			.create(properties, TestAccounts.login()));

		account.bases().size("uuid-1");

		String server = wm.getHttpBaseUrl();
		// the login is sent from inside the account request's filters
		assertThat(sent).containsExactly(
				"GET /api/v2.1/dtable/uuid-1/size/ as " + server + "/api/v2.1/dtable/{base_uuid}/size/",
				"POST /api2/auth-token/ as " + server + "/api2/auth-token/");
	}

}
