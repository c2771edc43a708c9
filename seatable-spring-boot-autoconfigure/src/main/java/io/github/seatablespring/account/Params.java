package io.github.seatablespring.account;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.core.io.Resource;
import org.springframework.util.Assert;

/**
 * Path variables, query parameters and form fields of account requests, and the checks of
 * arguments.
 */
final class Params {

	/** Prefix of the operations on one base of a workspace. */
	static final String BASE = "/api/v2.1/workspace/{workspace_id}/dtable/{base_name}";

	private Params() {
	}

	/** Names and values in turn; {@code null} values are kept, and left out when sent. */
	static Map<String, @Nullable Object> of(@Nullable Object... namesAndValues) {
		Map<String, @Nullable Object> params = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			params.put(String.valueOf(namesAndValues[i]), namesAndValues[i + 1]);
		}
		return params;
	}

	/**
	 * The path variables of {@link #BASE}, after checking them, and further names and
	 * values in turn.
	 */
	static Map<String, Object> base(long workspaceId, String baseName, Object... namesAndValues) {
		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put("workspace_id", workspace(workspaceId));
		variables.put("base_name", text(baseName, "baseName"));
		for (int i = 0; i < namesAndValues.length; i += 2) {
			variables.put(String.valueOf(namesAndValues[i]), namesAndValues[i + 1]);
		}
		return variables;
	}

	/** The path variable {@code workspace_id}, after checking it. */
	static Map<String, Object> inWorkspace(long workspaceId) {
		return Map.of("workspace_id", workspace(workspaceId));
	}

	/** The path variable {@code base_uuid}, after checking it. */
	static Map<String, Object> baseUuid(String baseUuid) {
		return Map.of("base_uuid", text(baseUuid, "baseUuid"));
	}

	/** A file to upload, after checking it. */
	static Resource file(@Nullable Resource file, String name) {
		Assert.notNull(file, () -> name + " must not be null");
		return file;
	}

	static long workspace(long workspaceId) {
		Assert.isTrue(workspaceId > 0, () -> "workspaceId must be positive, got " + workspaceId);
		return workspaceId;
	}

	static String text(@Nullable String value, String name) {
		Assert.hasText(value, () -> name + " must not be empty");
		return value;
	}

}
