package io.github.seatablespring.test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** Plain java.net.http access to an emulator, for tests that check the wire format. */
final class EmulatorClient {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();

	private final SeaTableEmulator emulator;

	EmulatorClient(SeaTableEmulator emulator) {
		this.emulator = emulator;
	}

	HttpResponse<String> send(String method, String path, String authorization, String body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.emulator.serverUrl() + path))
			.method(method,
					body.isEmpty() ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
			.header("Content-Type", "application/json");
		if (!authorization.isEmpty()) {
			request.header("Authorization", authorization);
		}
		try {
			return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Exchanges an API token for a base token. */
	String baseToken(String apiToken) {
		HttpResponse<String> response = send("GET", "/api/v2.1/dtable/app-access-token/", "Token " + apiToken, "");
		return json(response).path("access_token").stringValue();
	}

	HttpResponse<String> base(String method, EmulatedBase base, String token, String pathAndQuery, String body) {
		return send(method, "/api-gateway/api/v2/dtables/" + base.uuid() + "/" + pathAndQuery, "Bearer " + token, body);
	}

	/** A base operation that must answer 200; its JSON body. */
	JsonNode baseOk(String method, EmulatedBase base, String token, String pathAndQuery, String body) {
		HttpResponse<String> response = base(method, base, token, pathAndQuery, body);
		assertThat(response.statusCode()).as("%s %s: %s", method, pathAndQuery, response.body()).isEqualTo(200);
		return json(response);
	}

	static JsonNode json(HttpResponse<String> response) {
		return JSON.readTree(response.body());
	}

}
