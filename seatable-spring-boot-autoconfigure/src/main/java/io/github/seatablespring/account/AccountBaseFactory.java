package io.github.seatablespring.account;

import java.util.function.Supplier;

import io.github.seatablespring.auth.BaseToken;
import io.github.seatablespring.core.ReactiveSeaTableTemplate;
import reactor.core.publisher.Mono;

/**
 * Builds the template of a base reached through the account, the way a configured base's
 * is built: its own quota, retries and validation; only its base tokens come through the
 * account.
 */
@FunctionalInterface
public interface AccountBaseFactory {

	/**
	 * @param workspaceId the base's workspace
	 * @param baseName the base's name
	 * @param baseTokens fetches a fresh base token through the account token
	 * @return the template, once the first base token told the base's UUID
	 */
	Mono<ReactiveSeaTableTemplate> create(long workspaceId, String baseName, Supplier<Mono<BaseToken>> baseTokens);

}
