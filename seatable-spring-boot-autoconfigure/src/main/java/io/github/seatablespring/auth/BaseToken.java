package io.github.seatablespring.auth;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A base token and what SeaTable said about the base when it issued it.
 *
 * @param accessToken the JWT sent as {@code Authorization: Bearer}; never printed
 * @param baseUuid the base's {@code dtable_uuid}, part of every base-operation path
 * @param baseName the base's {@code dtable_name}, if SeaTable sent it
 * @param workspaceId the base's {@code workspace_id}, if SeaTable sent it
 * @param expiresAt when the token expires (from its {@code exp} claim, else three days
 * after issue)
 */
public record BaseToken(String accessToken, String baseUuid, @Nullable String baseName, @Nullable String workspaceId,
		Instant expiresAt) {

	@Override
	public String toString() {
		return "BaseToken[base=" + this.baseUuid + ", name=" + this.baseName + ", workspace=" + this.workspaceId
				+ ", expiresAt=" + this.expiresAt + ", accessToken=<redacted>]";
	}

}
