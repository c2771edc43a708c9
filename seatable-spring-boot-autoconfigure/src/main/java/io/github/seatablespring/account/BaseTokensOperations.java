package io.github.seatablespring.account;

import io.github.seatablespring.auth.BaseToken;

/**
 * Operations that hand out base tokens without an API token; reached with
 * {@code account.baseTokens()}. {@code account.base(...)} uses them for its templates.
 *
 * @see ReactiveBaseTokensOperations
 */
public interface BaseTokensOperations {

	/** A base token for a base of the account ({@code getBaseTokenWithAccountToken}). */
	BaseToken forBase(long workspaceId, String baseName);

	/**
	 * A base token for the base behind a sharing link
	 * ({@code getBaseTokenWithExternLink}).
	 * @param externalLinkToken the last part of the link, for example
	 * {@code c41cef71f5094827a786}
	 */
	BaseToken forExternalLink(String externalLinkToken);

}
