package io.github.seatablespring.test.server;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import io.github.seatablespring.test.api.Access;
import io.github.seatablespring.test.api.Call;
import io.github.seatablespring.test.api.RouteTable;
import io.github.seatablespring.test.api.Server;
import io.github.seatablespring.test.auth.Quota;
import io.github.seatablespring.test.auth.Tokens;
import io.github.seatablespring.test.fault.Faults;
import io.github.seatablespring.test.http.ApiRequest;
import io.github.seatablespring.test.http.Reply;
import io.github.seatablespring.test.store.BaseStore;
import io.github.seatablespring.test.store.EmulatedError;
import org.jspecify.annotations.Nullable;

/**
 * Answers a request: records it, finds its route, checks its credentials (and, for base
 * operations, the injected faults and the base's quota) and calls the route's handler.
 */
public final class Dispatcher {

	private final RouteTable routes;

	private final Server server;

	private final Faults faults;

	private final Consumer<ApiRequest> journal;

	private final int requestsPerMinute;

	private final int requestsPerDay;

	private final Map<String, Quota> quotas = new ConcurrentHashMap<>();

	public Dispatcher(RouteTable routes, Server server, Faults faults, Consumer<ApiRequest> journal,
			int requestsPerMinute, int requestsPerDay) {
		this.routes = routes;
		this.server = server;
		this.faults = faults;
		this.journal = journal;
		this.requestsPerMinute = requestsPerMinute;
		this.requestsPerDay = requestsPerDay;
	}

	/** Whether answers to this path may be held back by {@code delayNext}. */
	public boolean isBaseOperation(String path) {
		return path.startsWith("/api-gateway/api/v2/dtables/");
	}

	public Reply dispatch(ApiRequest request) {
		this.journal.accept(request);
		try {
			RouteTable.Match match = this.routes.match(request.method(), request.path());
			if (match == null) {
				return isBaseOperation(request.path())
						? Reply.error(404, "error_message", "not found: " + request.method() + " " + request.path())
						: Reply.error(404, "error_msg", "Not found.");
			}
			Access access = match.route().access();
			BaseStore base = null;
			boolean readOnly = false;
			if (access == Access.BASE_READ || access == Access.BASE_WRITE) {
				Reply fault = fault();
				if (fault != null) {
					return fault;
				}
				String uuid = match.variables().get("base_uuid");
				Tokens.Grant grant = this.server.tokens().verify(uuid, request.header("authorization"));
				base = this.server.base(uuid);
				if (base == null) {
					throw EmulatedError.notFound("base " + uuid + " not found");
				}
				Map<String, String> rejection = this.quotas
					.computeIfAbsent(uuid,
							(key) -> new Quota(this.requestsPerMinute, this.requestsPerDay, this.server.clock()))
					.tryAcquire();
				if (rejection != null) {
					return Reply.empty(429, rejection);
				}
				readOnly = grant.readOnly();
				if (readOnly && access == Access.BASE_WRITE) {
					throw EmulatedError.permissionDenied();
				}
			}
			else if (access == Access.API_TOKEN) {
				Tokens.ApiToken apiToken = this.server.tokens().apiToken(request.header("authorization"));
				base = (apiToken != null) ? this.server.base(apiToken.baseUuid()) : null;
				if (base == null) {
					throw EmulatedError.permissionDenied();
				}
				readOnly = apiToken.readOnly();
			}
			Object answer = match.route()
				.handler()
				.handle(new Call(request, match.variables(), base, readOnly, this.server));
			return (answer instanceof Reply reply) ? reply : Reply.ok(answer);
		}
		catch (EmulatedError error) {
			return Reply.error(error.status(), error.key(), error.getMessage());
		}
		catch (RuntimeException ex) {
			return Reply.error(500, "error_message", "emulator error: " + ex);
		}
	}

	private @Nullable Reply fault() {
		if (this.faults.takeReset()) {
			return Reply.resetConnection();
		}
		Integer status = this.faults.takeFailure();
		if (status == null) {
			return null;
		}
		if (status == 429) {
			return Reply.empty(429, Map.of("x-ratelimit-limit", String.valueOf(this.requestsPerMinute),
					"x-ratelimit-remaining", "0", "x-ratelimit-reset", "1"));
		}
		return Reply.error(status, "error_message", "emulated failure");
	}

	/** Forgets the quota windows of every base. */
	public void resetQuotas() {
		this.quotas.clear();
	}

}
