package io.github.seatablespring.http;

import java.net.URI;
import java.util.Locale;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.util.Assert;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.ExchangeFunction;

/**
 * Adds {@code Authorization: Token <api-token>} to requests for the configured server's
 * {@code /api/v2.1/dtable/} endpoints (the file operations), and to nothing else: a
 * request to another host, port, scheme or path leaves unchanged, so the API token cannot
 * leak to an upload host or a redirect target.
 */
public final class ApiTokenFilter implements ExchangeFilterFunction {

	/** Path below the server where the API token is accepted. */
	public static final String API_TOKEN_PATH = "/api/v2.1/dtable/";

	private final URI server;

	private final String pathPrefix;

	private final String apiToken;

	/**
	 * @param server the SeaTable server, for example {@code https://cloud.seatable.io}
	 * @param apiToken the base's API token
	 */
	public ApiTokenFilter(URI server, String apiToken) {
		Assert.notNull(server.getHost(), "server must be an absolute URL");
		Assert.hasText(apiToken, "apiToken must not be empty");
		this.server = server;
		String basePath = (server.getRawPath() != null) ? server.getRawPath() : "";
		this.pathPrefix = (basePath.endsWith("/") ? basePath.substring(0, basePath.length() - 1) : basePath)
				+ API_TOKEN_PATH;
		this.apiToken = apiToken;
	}

	@Override
	public Mono<ClientResponse> filter(ClientRequest request, ExchangeFunction next) {
		if (!isForApiTokenEndpoint(request.url())) {
			return next.exchange(request);
		}
		ClientRequest authorized = ClientRequest.from(request)
			.headers((headers) -> headers.set(HttpHeaders.AUTHORIZATION, "Token " + this.apiToken))
			.build();
		return next.exchange(authorized);
	}

	boolean isForApiTokenEndpoint(URI url) {
		String path = url.getRawPath();
		return url.getScheme() != null && url.getScheme().equalsIgnoreCase(this.server.getScheme())
				&& url.getHost() != null
				&& url.getHost().toLowerCase(Locale.ROOT).equals(this.server.getHost().toLowerCase(Locale.ROOT))
				&& port(url) == port(this.server) && path != null && path.startsWith(this.pathPrefix)
				&& !path.contains("/../");
	}

	private static int port(URI url) {
		if (url.getPort() != -1) {
			return url.getPort();
		}
		return "https".equalsIgnoreCase(url.getScheme()) ? 443 : 80;
	}

	@Override
	public String toString() {
		return "ApiTokenFilter[" + this.server + this.pathPrefix + ", token=<redacted>]";
	}

}
