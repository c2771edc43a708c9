package io.github.seatablespring.autoconfigure;

import org.springframework.web.reactive.function.client.WebClient;

/**
 * Customizes the {@link WebClient.Builder} of a base before the SeaTable client adds its
 * own filters (token, quota, retry, time-out). Use it for a connector, proxy, codecs or
 * extra filters; filters added here run outside SeaTable's.
 */
@FunctionalInterface
public interface SeaTableWebClientCustomizer {

	/**
	 * @param baseName the base name ({@code default} for the top-level
	 * {@code seatable.api-token})
	 * @param builder the base's builder, already a copy of Boot's
	 * {@code WebClient.Builder}
	 */
	void customize(String baseName, WebClient.Builder builder);

}
