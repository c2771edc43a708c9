package io.github.seatablespring.account.auth;

import java.util.Locale;

import io.github.seatablespring.auth.TokenHandover;
import io.github.seatablespring.SeaTableAuthenticationException;
import io.github.seatablespring.SeaTableException;
import io.github.seatablespring.SeaTableMalformedResponseException;
import io.github.seatablespring.SeaTableRequestDetails;
import io.github.seatablespring.http.SeaTableErrors;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.util.Assert;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Supplies the account token of one SeaTable account: either a configured token, or one
 * obtained from {@code POST /api2/auth-token/} with username and password.
 *
 * <p>
 * The token is one cached {@link Mono} shared by all callers, so concurrent first calls
 * cause one login. After the server rejected it ({@link #invalidate}) the next caller
 * logs in again; a failed login is not cached. A configured token cannot be renewed: its
 * rejection is final and names {@code seatable.account.token}.
 */
public final class AccountTokenProvider {

	private static final Log logger = LogFactory.getLog(AccountTokenProvider.class);

	/** Path of SeaTable's login endpoint. */
	public static final String LOGIN_PATH = "/api2/auth-token/";

	/**
	 * Header SeaTable sets to {@code required} when the account needs a second factor.
	 */
	static final String OTP_HEADER = "X-Seafile-OTP";

	private static final JsonMapper JSON = JsonMapper.shared();

	private final @Nullable WebClient loginClient;

	private final @Nullable String username;

	private final @Nullable String password;

	private final Mono<String> token;

	private volatile @Nullable String rejected;

	private AccountTokenProvider(@Nullable WebClient loginClient, @Nullable String username, @Nullable String password,
			@Nullable String fixedToken) {
		this.loginClient = loginClient;
		this.username = username;
		this.password = password;
		Mono<String> source = (fixedToken != null) ? Mono.just(fixedToken)
				: Mono.defer(this::login).transform(TokenHandover::offTheEventLoop);
		// identity, not equality: SeaTable keeps one token per user, so a new login may
		// hand out
		// an equal string, which must not count as rejected again
		this.token = source.cacheInvalidateIf((current) -> current == this.rejected);
	}

	/**
	 * Logs in with username and password on first use.
	 * @param loginClient a client whose base URL is the server, with the login endpoint's
	 * own limit
	 * @param username the account's e-mail address
	 * @param password the account's password; never printed
	 */
	public static AccountTokenProvider login(WebClient loginClient, String username, String password) {
		Assert.hasText(username, "username must not be empty");
		Assert.hasText(password, "password must not be empty");
		return new AccountTokenProvider(loginClient, username, password, null);
	}

	/** Uses an account token the application already has. */
	public static AccountTokenProvider of(String accountToken) {
		Assert.hasText(accountToken, "accountToken must not be empty");
		return new AccountTokenProvider(null, null, null, accountToken);
	}

	/** The current account token, after a login if needed. */
	public Mono<String> getToken() {
		return this.token;
	}

	/** Whether a rejected token can be replaced by logging in again. */
	public boolean canRenew() {
		return this.loginClient != null;
	}

	/** Marks {@code token} as rejected; the next {@link #getToken()} logs in again. */
	public void invalidate(String token) {
		this.rejected = token;
	}

	/** The property to fix when the server keeps rejecting the account's token. */
	public String property() {
		return canRenew() ? "seatable.account.username and seatable.account.password" : "seatable.account.token";
	}

	private Mono<String> login() {
		logger.debug("Logging in to SeaTable at " + LOGIN_PATH);
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("username", this.username);
		form.add("password", this.password);
		return this.loginClient.post()
			.uri(LOGIN_PATH)
			.accept(MediaType.APPLICATION_JSON)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters.fromFormData(form))
			.exchangeToMono(this::read);
	}

	private Mono<String> read(ClientResponse response) {
		int status = response.statusCode().value();
		if (status == 429 || status >= 500) {
			return SeaTableErrors.fromResponse(response).flatMap(Mono::error);
		}
		boolean otpRequired = "required".equalsIgnoreCase(response.headers().asHttpHeaders().getFirst(OTP_HEADER));
		return response.bodyToMono(String.class).defaultIfEmpty("").flatMap((body) -> {
			if (!response.statusCode().is2xxSuccessful()) {
				return Mono.error(rejected(status, loginError(body), otpRequired));
			}
			JsonNode token = parse(body, status).path("token");
			if (!token.isString() || token.stringValue().isBlank()) {
				return Mono.error(new SeaTableMalformedResponseException("The login response held no token",
						login(status, null), null));
			}
			return Mono.just(token.stringValue());
		});
	}

	private static JsonNode parse(String body, int status) {
		try {
			return JSON.readTree(body);
		}
		catch (RuntimeException ex) {
			throw new SeaTableMalformedResponseException("The login response is not JSON", login(status, null), ex);
		}
	}

	/**
	 * The login's answer; its request holds the password in its body only, never in the
	 * path.
	 */
	private static SeaTableRequestDetails login(int status, @Nullable String errorMessage) {
		return SeaTableRequestDetails.answered("POST", LOGIN_PATH, status, errorMessage);
	}

	/** SeaTable answers a failed login with {@code {"non_field_errors": ["..."]}}. */
	private static @Nullable String loginError(String body) {
		try {
			JsonNode errors = JSON.readTree(body).path("non_field_errors");
			if (errors.isArray() && !errors.isEmpty()) {
				return errors.get(0).asString();
			}
		}
		catch (RuntimeException ex) {
			// not JSON: read below like any other error body
		}
		return SeaTableErrors.errorMessage(body);
	}

	private static SeaTableException rejected(int status, @Nullable String errorMessage, boolean otpRequired) {
		String message = (errorMessage != null) ? errorMessage.toLowerCase(Locale.ROOT) : "";
		if (otpRequired || message.contains("two factor") || message.contains("two-factor")
				|| message.contains("otp")) {
			return new SeaTableAuthenticationException(
					"The SeaTable account has two-factor authentication enforced, "
							+ "so it cannot log in with seatable.account.username and seatable.account.password; "
							+ "set seatable.account.token to an account token instead (or use an account without 2FA)",
					login(status, errorMessage), null);
		}
		return new SeaTableAuthenticationException(
				"SeaTable rejected the login; check seatable.account.username and seatable.account.password",
				login(status, errorMessage), null);
	}

	@Override
	public String toString() {
		return "AccountTokenProvider[" + (canRenew() ? "login as " + this.username : "configured token")
				+ ", token=<redacted>]";
	}

}
