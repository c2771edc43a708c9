package io.github.seatablespring.account.autoconfigure;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration of the account operations ({@code seatable.account.*}). Give either a
 * username and a password, or an account token. The server, time-out and retries are the
 * top-level {@code seatable.*} ones.
 */
@ConfigurationProperties("seatable.account")
public class SeaTableAccountProperties {

	/**
	 * E-mail address of the SeaTable account; with the password it logs in at
	 * /api2/auth-token/ on first use. Setting it, or the token, enables the account
	 * operations.
	 */
	private @Nullable String username;

	/**
	 * Password of the SeaTable account. Accounts with two-factor authentication cannot
	 * log in this way; use the token instead.
	 */
	private @Nullable String password;

	/**
	 * Account token to use instead of username and password (it cannot be renewed when
	 * SeaTable rejects it).
	 */
	private @Nullable String token;

	/**
	 * Client-side limit of the account operations.
	 */
	private final RateLimit rateLimit = new RateLimit();

	public @Nullable String getUsername() {
		return this.username;
	}

	public void setUsername(@Nullable String username) {
		this.username = username;
	}

	public @Nullable String getPassword() {
		return this.password;
	}

	public void setPassword(@Nullable String password) {
		this.password = password;
	}

	public @Nullable String getToken() {
		return this.token;
	}

	public void setToken(@Nullable String token) {
		this.token = token;
	}

	public RateLimit getRateLimit() {
		return this.rateLimit;
	}

	@Override
	public String toString() {
		return "SeaTableAccountProperties[username=" + this.username + ", password=<redacted>, token=<redacted>, "
				+ "requestsPerMinute=" + this.rateLimit.requestsPerMinute + "]";
	}

	/** Client-side limit of the account operations. */
	public static class RateLimit {

		/**
		 * Most account operations in any 60-second window (SeaTable Cloud allows 300);
		 * further calls wait up to seatable.rate-limit.max-wait. The login has its own
		 * limit of 60.
		 */
		private int requestsPerMinute = 300;

		public int getRequestsPerMinute() {
			return this.requestsPerMinute;
		}

		public void setRequestsPerMinute(int requestsPerMinute) {
			this.requestsPerMinute = requestsPerMinute;
		}

	}

}
