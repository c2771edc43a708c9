package io.github.seatablespring.account;

import io.github.seatablespring.auth.BaseToken;
import io.github.seatablespring.core.Blocking;

/** Blocking base tokens operations that wait for their reactive twin. */
final class DefaultBaseTokensOperations implements BaseTokensOperations {

	private final ReactiveBaseTokensOperations reactive;

	DefaultBaseTokensOperations(ReactiveBaseTokensOperations reactive) {
		this.reactive = reactive;
	}

	@Override
	public BaseToken forBase(long workspaceId, String baseName) {
		return Blocking.await(this.reactive.forBase(workspaceId, baseName));
	}

	@Override
	public BaseToken forExternalLink(String externalLinkToken) {
		return Blocking.await(this.reactive.forExternalLink(externalLinkToken));
	}

}
