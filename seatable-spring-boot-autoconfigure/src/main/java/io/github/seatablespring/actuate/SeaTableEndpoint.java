package io.github.seatablespring.actuate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.seatablespring.auth.BaseToken;
import io.github.seatablespring.autoconfigure.SeaTableBases;
import io.github.seatablespring.autoconfigure.SeaTableTemplateFactory;
import io.github.seatablespring.ratelimit.RateWindow;
import io.github.seatablespring.ratelimit.QuotaLimiter;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.actuate.endpoint.OperationResponseBody;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;

/**
 * The {@code seatable} Actuator endpoint: every configured base with its server, base
 * token expiry, quota windows and the last 429. Read-only; it shows no secret and causes
 * no request.
 */
@Endpoint(id = "seatable")
public class SeaTableEndpoint {

	private final SeaTableBases bases;

	public SeaTableEndpoint(SeaTableBases bases) {
		this.bases = bases;
	}

	@ReadOperation
	public BasesDescriptor bases() {
		Map<String, BaseDescriptor> bases = new LinkedHashMap<>();
		this.bases.bases().forEach((base) -> bases.put(base.settings().name(), describe(base)));
		return new BasesDescriptor(bases);
	}

	@ReadOperation
	public @Nullable BaseDescriptor base(@Selector String name) {
		return this.bases.names().contains(name) ? describe(this.bases.base(name)) : null;
	}

	private static BaseDescriptor describe(SeaTableTemplateFactory.Base base) {
		BaseToken token = base.tokens().currentToken().orElse(null);
		List<WindowDescriptor> windows = new ArrayList<>();
		QuotaLimiter quota = base.quota();
		Instant nextFreePermit = null;
		if (quota != null) {
			for (RateWindow window : quota.getWindows()) {
				int available = quota.availablePermissions(window);
				windows.add(new WindowDescriptor(window.name(), window.limit(), window.length().toString(),
						window.limit() - available));
			}
			nextFreePermit = quota.nextFreePermit().orElse(null);
		}
		return new BaseDescriptor(base.settings().serverUrl().toString(), (token != null) ? token.baseUuid() : null,
				(token != null) ? token.baseName() : null, (token != null) ? token.expiresAt() : null, windows,
				nextFreePermit, base.activity().lastRateLimitedAt().orElse(null));
	}

	/**
	 * The configured bases by name.
	 *
	 * @param bases each base's description
	 */
	public record BasesDescriptor(Map<String, BaseDescriptor> bases) implements OperationResponseBody {
	}

	/**
	 * One base.
	 *
	 * @param server the server URL
	 * @param baseUuid the base's UUID, once a base token was obtained
	 * @param baseName the base's name in SeaTable, once a base token was obtained
	 * @param tokenValidUntil when the held base token expires, {@code null} while none is
	 * held
	 * @param quota the client-side quota windows, empty when disabled
	 * @param nextFreePermit when the quota grants its next permit, {@code null} when one
	 * is free now
	 * @param lastRateLimitedAt when the server last answered 429, {@code null} if never
	 */
	public record BaseDescriptor(String server, @Nullable String baseUuid, @Nullable String baseName,
			@Nullable Instant tokenValidUntil, List<WindowDescriptor> quota, @Nullable Instant nextFreePermit,
			@Nullable Instant lastRateLimitedAt) implements OperationResponseBody {
	}

	/**
	 * One quota window.
	 *
	 * @param name the window's name ({@code minute}, {@code day})
	 * @param limit the most requests in the window
	 * @param length the window's length (ISO-8601)
	 * @param used the requests in the window now
	 */
	public record WindowDescriptor(String name, int limit, String length, int used) {
	}

}
