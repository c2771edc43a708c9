package io.github.seatablespring.ratelimit;

import java.util.List;

/**
 * Where the counts of the bases' quotas live: in this JVM ({@link MemoryQuotaStore}, the
 * default) or shared by every instance ({@code seatable.rate-limit.store=redis}).
 */
public interface QuotaStore {

	/**
	 * The limiter of one base.
	 * @param baseName the application's name of the base (for messages; a shared store
	 * keys the base by the server and uuid its requests go to)
	 * @param windows the windows to enforce
	 */
	QuotaLimiter limiter(String baseName, List<RateWindow> windows);

}
