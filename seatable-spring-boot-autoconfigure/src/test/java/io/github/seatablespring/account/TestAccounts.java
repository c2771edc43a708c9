package io.github.seatablespring.account;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.github.seatablespring.account.autoconfigure.SeaTableAccountFactory;
import io.github.seatablespring.account.autoconfigure.SeaTableAccountProperties;
import io.github.seatablespring.autoconfigure.SeaTableProperties;
import io.github.seatablespring.testsupport.TestBases;

import org.springframework.web.reactive.function.client.WebClient;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

/**
 * Account templates on a WireMock server, built the way the auto-configuration builds
 * them.
 */
final class TestAccounts {

	static final String USERNAME = "admin@example.com";

	static final String PASSWORD = "s3cret-Passw0rd";

	static final String ACCOUNT_TOKEN = "25285a3da6fff1f7a6f9c9abc8da12dcd2bd4470";

	static final String LOGIN = "/api2/auth-token/";

	private TestAccounts() {
	}

	/** Stubs a successful login handing out {@link #ACCOUNT_TOKEN}. */
	static void stubLogin(WireMock wireMock) {
		wireMock.register(post(urlEqualTo(LOGIN)).withRequestBody(containing("username="))
			.willReturn(okJson("{\"token\":\"" + ACCOUNT_TOKEN + "\"}")));
	}

	static ReactiveSeaTableAccountTemplate reactive(String serverUrl) {
		return reactive(serverUrl, login());
	}

	static ReactiveSeaTableAccountTemplate reactive(String serverUrl, SeaTableAccountProperties account) {
		return reactive(serverUrl, account, Duration.ofSeconds(30));
	}

	static ReactiveSeaTableAccountTemplate reactive(String serverUrl, SeaTableAccountProperties account,
			Duration timeout) {
		SeaTableProperties properties = new SeaTableProperties();
		properties.setTimeout(timeout);
		return reactive(serverUrl, account, properties);
	}

	static ReactiveSeaTableAccountTemplate reactive(String serverUrl, SeaTableAccountProperties account,
			SeaTableProperties properties) {
		properties.setServerUrl(URI.create(serverUrl));
		properties.getValidation().setEnabled(false);
		return new SeaTableAccountFactory(WebClient.builder(), List.of(), TestBases.factory(Clock.systemUTC()),
				Clock.systemUTC())
			.create(properties, account);
	}

	static SeaTableAccountTemplate template(String serverUrl) {
		return new SeaTableAccountTemplate(reactive(serverUrl));
	}

	static SeaTableAccountProperties login() {
		SeaTableAccountProperties account = new SeaTableAccountProperties();
		account.setUsername(USERNAME);
		account.setPassword(PASSWORD);
		return account;
	}

	static SeaTableAccountProperties token(String token) {
		SeaTableAccountProperties account = new SeaTableAccountProperties();
		account.setToken(token);
		return account;
	}

}
