package io.github.seatablespring.account.model;

import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

/**
 * An API token of a base.
 *
 * @param appName the token's name, unique in its base
 * @param token the token itself (40 characters); never printed
 * @param generatedBy who created it
 * @param generatedAt when it was created
 * @param lastAccess when it was used last
 * @param permission what it may do
 */
public record ApiToken(String appName, String token, String generatedBy, @Nullable OffsetDateTime generatedAt,
		@Nullable OffsetDateTime lastAccess, Permission permission) {

	@Override
	public String toString() {
		return "ApiToken[appName=" + this.appName + ", permission=" + this.permission + ", generatedBy="
				+ this.generatedBy + ", generatedAt=" + this.generatedAt + ", lastAccess=" + this.lastAccess
				+ ", token=<redacted>]";
	}

}
