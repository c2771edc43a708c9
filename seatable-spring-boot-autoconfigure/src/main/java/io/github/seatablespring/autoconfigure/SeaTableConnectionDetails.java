package io.github.seatablespring.autoconfigure;

import java.net.URI;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.autoconfigure.service.connection.ConnectionDetails;

/**
 * Where the SeaTable bases are and how to authenticate: the server URL and API token of
 * the default base and of each named base. By default backed by the {@code seatable.*}
 * properties; a bean of this type (from {@code @EmbeddedSeaTable}, a test container, a
 * secret store) takes their place, while every other setting still comes from the
 * properties.
 */
public interface SeaTableConnectionDetails extends ConnectionDetails {

	/** The server of the default base, and of named bases that name none. */
	URI getServerUrl();

	/** The API token of the default base, or {@code null} when there is none. */
	@Nullable String getApiToken();

	/** The named bases, by name; empty by default. */
	default Map<String, Base> getBases() {
		return Map.of();
	}

	/**
	 * A named base's connection.
	 *
	 * @param serverUrl its server, or {@code null} for {@link #getServerUrl()}
	 * @param apiToken its API token
	 */
	record Base(@Nullable URI serverUrl, String apiToken) {

		@Override
		public String toString() {
			return "Base[serverUrl=" + this.serverUrl + ", apiToken=<redacted>]";
		}

	}

}
