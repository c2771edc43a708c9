package io.github.seatablespring.test.api;

import java.util.Map;

import io.github.seatablespring.test.http.Reply;

/**
 * The ping and server-info endpoints, each in the format the real server answers
 * (API_ISSUES #20).
 */
final class PingArea implements Area {

	/** Version reported by {@code /server-info/}. */
	static final String VERSION = "6.1.0";

	@Override
	public void register(RouteTable routes) {
		routes
			.get("/server-info/", Access.PUBLIC, (call) -> Map.of("version", VERSION, "edition", "enterprise edition"))
			.get("/api2/ping/", Access.PUBLIC, (call) -> "pong")
			.get("/api2/auth/ping/", Access.PUBLIC, (call) -> "pong")
			.get("/dtable-server/ping/", Access.PUBLIC, (call) -> Reply.text("text/html; charset=utf-8", "pong"))
			.get("/dtable-db/ping/", Access.PUBLIC, (call) -> Map.of("ret", "pong"))
			.get("/api-gateway/api/v2/ping/", Access.PUBLIC, (call) -> Map.of("ret", "pong"));
	}

}
