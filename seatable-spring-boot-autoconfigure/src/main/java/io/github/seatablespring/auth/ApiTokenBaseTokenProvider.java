package io.github.seatablespring.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import io.github.seatablespring.SeaTableAuthenticationException;
import io.github.seatablespring.SeaTableException;
import io.github.seatablespring.SeaTableMalformedResponseException;
import io.github.seatablespring.SeaTableRequestDetails;
import io.github.seatablespring.http.SeaTableErrors;
import io.github.seatablespring.observation.SeaTableClientListener;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpHeaders;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Exchanges a base's API token for a base token at
 * {@code GET /api/v2.1/dtable/app-access-token/} and caches it.
 *
 * <p>
 * The cached token is one {@link Mono} shared by all callers: while a fetch is in flight
 * every subscriber joins it, so 64 concurrent first calls cause one exchange. The token
 * is refreshed {@code refreshBeforeExpiry} before its {@code exp}, but never before half
 * its lifetime has passed (so that a token living shorter than
 * {@code refreshBeforeExpiry} does not cause an exchange per call), or at once after the
 * server rejected it. A failed fetch is not cached; the next caller tries again.
 *
 * <p>
 * The API token travels only in this request, to the configured server's token endpoint.
 */
public final class ApiTokenBaseTokenProvider implements BaseTokenProvider {

	private static final Log logger = LogFactory.getLog(ApiTokenBaseTokenProvider.class);

	/** Path of SeaTable's endpoint that exchanges an API token for a base token. */
	public static final String TOKEN_PATH = "/api/v2.1/dtable/app-access-token/";

	/**
	 * Base tokens live three days; used when the token carries no readable {@code exp}.
	 */
	static final Duration DEFAULT_LIFETIME = Duration.ofDays(3);

	private final WebClient tokenClient;

	private final String apiToken;

	private final Clock clock;

	private final Duration refreshBeforeExpiry;

	private final Mono<Cached> token;

	private volatile @Nullable BaseToken rejected;

	private volatile @Nullable BaseToken current;

	private final String baseName;

	private final SeaTableClientListener listener;

	/**
	 * @param tokenClient a client whose base URL is the SeaTable server
	 * @param apiToken the base's API token
	 * @param refreshBeforeExpiry how long before expiry the token is replaced
	 * @param clock the clock that decides when a token is due for refresh
	 */
	public ApiTokenBaseTokenProvider(WebClient tokenClient, String apiToken, Duration refreshBeforeExpiry,
			Clock clock) {
		this(tokenClient, apiToken, refreshBeforeExpiry, clock, "default", SeaTableClientListener.NONE);
	}

	/**
	 * @param tokenClient a client whose base URL is the SeaTable server
	 * @param apiToken the base's API token
	 * @param refreshBeforeExpiry how long before expiry the token is replaced
	 * @param clock the clock that decides when a token is due for refresh
	 * @param baseName the configured base name, for the listener and the log
	 * @param listener told of the outcome of every exchange
	 */
	public ApiTokenBaseTokenProvider(WebClient tokenClient, String apiToken, Duration refreshBeforeExpiry, Clock clock,
			String baseName, SeaTableClientListener listener) {
		this.baseName = baseName;
		this.listener = listener;
		this.tokenClient = tokenClient;
		this.apiToken = apiToken;
		this.refreshBeforeExpiry = refreshBeforeExpiry;
		this.clock = clock;
		this.token = Mono.defer(this::fetch).cacheInvalidateIf(this::isDue);
	}

	@Override
	public Mono<BaseToken> getToken() {
		return this.token.map(Cached::token);
	}

	@Override
	public Optional<BaseToken> currentToken() {
		BaseToken token = this.current;
		return (token != null && token != this.rejected && this.clock.instant().isBefore(token.expiresAt()))
				? Optional.of(token) : Optional.empty();
	}

	@Override
	public void invalidate(BaseToken token) {
		this.rejected = token;
	}

	private boolean isDue(Cached cached) {
		return cached.token() == this.rejected || !this.clock.instant().isBefore(cached.refreshAt());
	}

	private Mono<Cached> fetch() {
		logger.debug("Fetching a base token from " + TOKEN_PATH);
		return this.tokenClient.get()
			.uri(TOKEN_PATH)
			.header(HttpHeaders.AUTHORIZATION, "Token " + this.apiToken)
			.exchangeToMono(this::read)
			.doOnNext(this::exchanged)
			.doOnError((ex) -> this.listener.tokenExchanged(this.baseName,
					(ex instanceof SeaTableAuthenticationException) ? "rejected" : "error"))
			.map(this::cached)
			.transform(TokenHandover::offTheEventLoop);
	}

	private void exchanged(BaseToken token) {
		if (this.current == null && logger.isInfoEnabled()) {
			logger.info("SeaTable base '" + this.baseName + "' connected (base token valid until " + token.expiresAt()
					+ ")");
		}
		this.current = token;
		this.listener.tokenExchanged(this.baseName, "success");
	}

	private Cached cached(BaseToken token) {
		Instant now = this.clock.instant();
		Duration lifetime = Duration.between(now, token.expiresAt());
		Duration halfLife = lifetime.isNegative() ? Duration.ZERO : lifetime.dividedBy(2);
		Duration margin = (this.refreshBeforeExpiry.compareTo(halfLife) < 0) ? this.refreshBeforeExpiry : halfLife;
		return new Cached(token, token.expiresAt().minus(margin));
	}

	private Mono<BaseToken> read(ClientResponse response) {
		if (!response.statusCode().is2xxSuccessful()) {
			return SeaTableErrors.fromResponse(response).flatMap((ex) -> Mono.error(rejectedApiToken(ex)));
		}
		return response.bodyToMono(JsonNode.class)
			.onErrorMap((ex) -> SeaTableErrors.unreadable(answer(response), ex))
			.switchIfEmpty(Mono.error(() -> malformed(response, "an empty body")))
			.map((body) -> parse(response, body));
	}

	private BaseToken parse(ClientResponse response, JsonNode body) {
		JsonNode accessToken = body.path("access_token");
		JsonNode baseUuid = body.path("dtable_uuid");
		if (!accessToken.isString() || accessToken.stringValue().isBlank() || !baseUuid.isString()
				|| baseUuid.stringValue().isBlank()) {
			throw malformed(response, "no access_token or dtable_uuid");
		}
		JsonNode gateway = body.path("use_api_gateway");
		if ((gateway.isBoolean() && !gateway.booleanValue()) || "false".equals(gateway.asString(""))) {
			throw new SeaTableException("This SeaTable server does not offer the API gateway (use_api_gateway=false); "
					+ "seatable-spring-boot needs SeaTable 5.3 or newer", answer(response), null);
		}
		String jwt = accessToken.stringValue();
		Instant expiresAt = JwtExpiry.of(jwt).orElseGet(() -> this.clock.instant().plus(DEFAULT_LIFETIME));
		if (logger.isDebugEnabled()) {
			logger.debug("Got a base token for base " + baseUuid.stringValue() + ", valid until " + expiresAt);
		}
		return new BaseToken(jwt, baseUuid.stringValue(), text(body.path("dtable_name")),
				text(body.path("workspace_id")), expiresAt);
	}

	private static @Nullable String text(JsonNode node) {
		return (node.isMissingNode() || node.isNull()) ? null : node.asString();
	}

	private static SeaTableException rejectedApiToken(SeaTableException ex) {
		int status = ex.getStatus().orElse(-1);
		if (status == 401 || status == 403 || status == 404) {
			return new SeaTableAuthenticationException(
					"SeaTable rejected the API token; check seatable.api-token (a base's API token, 40 characters)",
					ex.getRequest(), null);
		}
		return ex;
	}

	private static SeaTableMalformedResponseException malformed(ClientResponse response, String what) {
		return new SeaTableMalformedResponseException("The base-token response held " + what, answer(response), null);
	}

	/**
	 * The exchange's answer, under the token path (the request's own path holds nothing
	 * secret either).
	 */
	private static SeaTableRequestDetails answer(ClientResponse response) {
		return SeaTableRequestDetails.answered("GET", TOKEN_PATH, response.statusCode().value(), null);
	}

	/** A token and when it is due for refresh. */
	private record Cached(BaseToken token, Instant refreshAt) {
	}

}
