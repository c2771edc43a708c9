package io.github.seatablespring.ratelimit;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.seatablespring.testsupport.MutableClock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SlidingWindowRateLimiterTests {

	private static final Duration MINUTE = Duration.ofMinutes(1);

	private static final Duration MARGIN = SlidingWindowRateLimiter.SAFETY_MARGIN;

	private static final Duration NO_LIMIT = Duration.ofDays(365);

	private final MutableClock clock = MutableClock.atFixedInstant();

	private final Instant start = this.clock.instant();

	@Test
	void idleLimiterGrantsTheWholeLimitAtOnce() {
		SlidingWindowRateLimiter limiter = limiter(RateWindow.waiting("minute", 10, MINUTE));

		for (int i = 0; i < 10; i++) {
			Reservation reservation = limiter.reserve(Duration.ZERO);
			assertThat(reservation.granted()).as("permit %d", i + 1).isTrue();
			assertThat(reservation.delay()).as("permit %d", i + 1).isZero();
		}
	}

	@Test
	void permitAfterTheLimitIsReservedWhenTheOldestLeavesTheWindow() {
		SlidingWindowRateLimiter limiter = limiter(RateWindow.waiting("minute", 10, MINUTE));
		for (int i = 0; i < 10; i++) {
			limiter.reserve(Duration.ZERO);
			this.clock.advance(Duration.ofSeconds(1));
		}
		// now = start + 10 s; the oldest permit was used at start
		Reservation eleventh = limiter.reserve(NO_LIMIT);
		assertThat(eleventh.granted()).isTrue();
		assertThat(this.clock.instant().plus(eleventh.delay())).isEqualTo(this.start.plus(MINUTE).plus(MARGIN));

		// the twelfth waits for the second oldest (start + 1 s)
		Reservation twelfth = limiter.reserve(NO_LIMIT);
		assertThat(this.clock.instant().plus(twelfth.delay()))
			.isEqualTo(this.start.plusSeconds(1).plus(MINUTE).plus(MARGIN));
	}

	@Test
	void noWindowEverHoldsMoreThanItsLimitUnderRandomArrivals() {
		RateWindow minute = RateWindow.waiting("minute", 10, MINUTE);
		RateWindow fiveMinutes = RateWindow.waiting("five minutes", 35, Duration.ofMinutes(5));
		SlidingWindowRateLimiter limiter = limiter(minute, fiveMinutes);
		Random random = new Random(20260115L);
		List<Long> sends = new ArrayList<>();
		for (int i = 0; i < 2000; i++) {
			// bursts and pauses: mostly close arrivals, sometimes a long gap
			long gap = (random.nextInt(10) == 0) ? random.nextInt(120_000) : random.nextInt(2_000);
			this.clock.advance(Duration.ofMillis(gap));
			Reservation reservation = limiter.reserve(NO_LIMIT);
			assertThat(reservation.granted()).isTrue();
			assertThat(reservation.delay().isNegative()).isFalse();
			sends.add(this.clock.millis() + reservation.delay().toMillis());
		}

		assertThat(maxInAnyWindow(sends, MINUTE)).isEqualTo(10);
		assertThat(maxInAnyWindow(sends, Duration.ofMinutes(5))).isEqualTo(35);
		// the margin is really kept: even windows a little longer than configured hold no
		// more
		assertThat(maxInAnyWindow(sends, MINUTE.plus(MARGIN))).isLessThanOrEqualTo(10);
		assertThat(maxInAnyWindow(sends, Duration.ofMinutes(5).plus(MARGIN))).isLessThanOrEqualTo(35);
	}

	@Test
	void sustainedThroughputIsTheLimit() {
		SlidingWindowRateLimiter limiter = limiter(RateWindow.waiting("minute", 30, MINUTE));
		long end = this.start.plus(Duration.ofMinutes(10)).toEpochMilli();
		int granted = 0;
		List<Long> sends = new ArrayList<>();
		// a caller that always wants the next permit: it waits for each one, then asks
		// again
		while (true) {
			Reservation reservation = limiter.reserve(NO_LIMIT);
			long sendAt = this.clock.millis() + reservation.delay().toMillis();
			if (sendAt >= end) {
				break;
			}
			granted++;
			sends.add(sendAt);
			this.clock.advance(reservation.delay());
		}
		assertThat(granted).isGreaterThanOrEqualTo((int) (0.95 * 300));
		assertThat(maxInAnyWindow(sends, MINUTE)).isEqualTo(30);
	}

	@Test
	void fullFailFastWindowRefusesAtOnceEvenWithALongMaxWait() {
		RateWindow day = RateWindow.failingFast("day", 3, Duration.ofDays(1));
		SlidingWindowRateLimiter limiter = limiter(RateWindow.waiting("minute", 100, MINUTE), day);
		for (int i = 0; i < 3; i++) {
			assertThat(limiter.reserve(Duration.ZERO).granted()).isTrue();
			this.clock.advance(Duration.ofSeconds(1));
		}
		this.clock.advance(Duration.ofHours(1));

		Reservation refused = limiter.reserve(Duration.ofDays(2));

		assertThat(refused.granted()).isFalse();
		assertThat(refused.delay()).isZero();
		assertThat(refused.blockedBy()).isEqualTo(day);
		assertThat(refused.nextPermitAt()).isEqualTo(this.start.plus(Duration.ofDays(1)).plus(MARGIN));
		// a refusal takes no permit: once the oldest left the day, one request is allowed
		// again
		this.clock.set(this.start.plus(Duration.ofDays(1)).plus(MARGIN));
		assertThat(limiter.reserve(Duration.ZERO)).satisfies((next) -> {
			assertThat(next.granted()).isTrue();
			assertThat(next.delay()).isZero();
		});
		assertThat(limiter.reserve(Duration.ofDays(2)).granted()).isFalse();
	}

	@Test
	void waitingWindowRefusesWhenTheWaitExceedsMaxWait() {
		RateWindow minute = RateWindow.waiting("minute", 2, MINUTE);
		SlidingWindowRateLimiter limiter = limiter(minute, RateWindow.failingFast("day", 1000, Duration.ofDays(1)));
		limiter.reserve(Duration.ZERO);
		limiter.reserve(Duration.ZERO);
		this.clock.advance(Duration.ofSeconds(20));

		Reservation refused = limiter.reserve(Duration.ofSeconds(40));

		assertThat(refused.granted()).isFalse();
		assertThat(refused.blockedBy()).isEqualTo(minute);
		assertThat(refused.nextPermitAt()).isEqualTo(this.start.plus(MINUTE).plus(MARGIN));
		// the same permit with a wait just long enough is granted: the refusal reserved
		// nothing
		Reservation granted = limiter.reserve(Duration.ofSeconds(40).plus(MARGIN));
		assertThat(granted.granted()).isTrue();
		assertThat(granted.delay()).isEqualTo(Duration.ofSeconds(40).plus(MARGIN));
	}

	@Test
	void reservePermissionReturnsNanosToWaitOrMinusOne() {
		SlidingWindowRateLimiter limiter = new SlidingWindowRateLimiter("test",
				List.of(RateWindow.waiting("minute", 2, MINUTE)), Duration.ofMinutes(2), this.clock);

		assertThat(limiter.reservePermission()).isZero();
		assertThat(limiter.acquirePermission()).isTrue();
		assertThat(limiter.reservePermission()).isEqualTo(MINUTE.plus(MARGIN).toNanos());
		limiter.changeTimeoutDuration(Duration.ofSeconds(30));
		// the next permit would wait another 60.25 s, longer than the time-out
		assertThat(limiter.reservePermission()).isEqualTo(-1);
		limiter.changeTimeoutDuration(Duration.ZERO);
		assertThat(limiter.acquirePermission()).isFalse();
		assertThat(limiter.getRateLimiterConfig().getTimeoutDuration()).isZero();
	}

	@Test
	void metricsReportTheFreePermitsOfTheFullestWindow() {
		SlidingWindowRateLimiter limiter = limiter(RateWindow.waiting("minute", 10, MINUTE),
				RateWindow.failingFast("day", 12, Duration.ofDays(1)));
		assertThat(limiter.getMetrics().getAvailablePermissions()).isEqualTo(10);

		for (int i = 0; i < 3; i++) {
			limiter.reserve(Duration.ZERO);
		}
		assertThat(limiter.getMetrics().getAvailablePermissions()).isEqualTo(7);
		assertThat(limiter.availablePermissions(limiter.getWindows().get(1))).isEqualTo(9);

		this.clock.advance(MINUTE.plus(MARGIN));
		// the minute is free again, the day has 9 left
		assertThat(limiter.getMetrics().getAvailablePermissions()).isEqualTo(9);
		for (int i = 0; i < 9; i++) {
			limiter.reserve(NO_LIMIT);
		}
		assertThat(limiter.getMetrics().getAvailablePermissions()).isZero();
	}

	@Test
	void waitingPermitsAreCountedAsWaiting() {
		SlidingWindowRateLimiter limiter = limiter(RateWindow.waiting("minute", 2, MINUTE));
		limiter.reserve(NO_LIMIT);
		limiter.reserve(NO_LIMIT);
		limiter.reserve(NO_LIMIT);
		limiter.reserve(NO_LIMIT);

		assertThat(limiter.getMetrics().getNumberOfWaitingThreads()).isEqualTo(2);
		assertThat(limiter.getMetrics().getAvailablePermissions()).isZero();
	}

	@Test
	void eventPublisherReportsGrantsAndRefusals() {
		SlidingWindowRateLimiter limiter = limiter(RateWindow.waiting("minute", 1, MINUTE));
		AtomicInteger successes = new AtomicInteger();
		AtomicInteger failures = new AtomicInteger();
		List<String> names = new ArrayList<>();
		limiter.getEventPublisher().onSuccess((event) -> {
			successes.incrementAndGet();
			names.add(event.getRateLimiterName());
		});
		limiter.getEventPublisher().onFailure((event) -> failures.incrementAndGet());

		limiter.reserve(Duration.ZERO);
		limiter.reserve(Duration.ZERO);
		limiter.reserve(Duration.ZERO);
		limiter.reserve(NO_LIMIT);

		assertThat(successes).hasValue(2);
		assertThat(failures).hasValue(2);
		assertThat(names).containsOnly("test");
	}

	@Test
	void changeLimitForPeriodKeepsTheRecentPermits() {
		SlidingWindowRateLimiter limiter = limiter(RateWindow.waiting("minute", 2, MINUTE));
		limiter.reserve(Duration.ZERO);
		this.clock.advance(Duration.ofSeconds(1));
		limiter.reserve(Duration.ZERO);
		assertThat(limiter.reserve(Duration.ZERO).granted()).isFalse();

		limiter.changeLimitForPeriod(4);
		assertThat(limiter.getRateLimiterConfig().getLimitForPeriod()).isEqualTo(4);
		assertThat(limiter.getWindows().get(0).limit()).isEqualTo(4);
		assertThat(limiter.reserve(Duration.ZERO).delay()).isZero();
		assertThat(limiter.reserve(Duration.ZERO).delay()).isZero();
		assertThat(limiter.reserve(Duration.ZERO).granted()).isFalse();

		// down to 1: only the most recent permit (now) counts, so the next one waits a
		// full window
		limiter.changeLimitForPeriod(1);
		Reservation next = limiter.reserve(NO_LIMIT);
		assertThat(next.delay()).isEqualTo(MINUTE.plus(MARGIN));
	}

	@Test
	void drainPermissionsLeavesNothingFreeInTheWindow() {
		SlidingWindowRateLimiter limiter = limiter(RateWindow.waiting("minute", 5, MINUTE));
		limiter.reserve(Duration.ZERO);
		limiter.drainPermissions();

		assertThat(limiter.getMetrics().getAvailablePermissions()).isZero();
		assertThat(limiter.reserve(NO_LIMIT).delay()).isEqualTo(MINUTE.plus(MARGIN));
	}

	@Test
	void memoryFollowsTheGrantedPermitsNotTheLimit() {
		// limits far above anything a server grants: an array per limit would need 8 GB
		// and 16 GB
		SlidingWindowRateLimiter limiter = limiter(RateWindow.waiting("minute", 1_000_000_000, MINUTE),
				RateWindow.failingFast("day", Integer.MAX_VALUE, Duration.ofDays(1)));
		for (int i = 0; i < 1000; i++) {
			assertThat(limiter.reserve(Duration.ZERO).delay()).isZero();
		}
		assertThat(limiter.availablePermissions(limiter.getWindows().get(0))).isEqualTo(1_000_000_000 - 1000);
		assertThat(limiter.availablePermissions(limiter.getWindows().get(1))).isEqualTo(Integer.MAX_VALUE - 1000);
		// two logs of 1,000 send times, grown in powers of two
		assertThat(limiter.rememberedPermits()).isEqualTo(2 * 1024);

		this.clock.advance(Duration.ofDays(1).plus(MARGIN));
		assertThat(limiter.reserve(Duration.ZERO).granted()).isTrue();
		// the permits that left both windows are forgotten, and their memory given back
		assertThat(limiter.rememberedPermits()).isEqualTo(2 * 16);
	}

	@Test
	void windowsStayExactWhenTheLogsGrowAndShrink() {
		RateWindow minute = RateWindow.waiting("minute", 100, MINUTE);
		SlidingWindowRateLimiter limiter = limiter(minute);
		List<Long> sends = new ArrayList<>();
		for (int round = 0; round < 3; round++) {
			for (int i = 0; i < 250; i++) {
				Reservation reservation = limiter.reserve(NO_LIMIT);
				sends.add(this.clock.millis() + reservation.delay().toMillis());
			}
			this.clock.advance(Duration.ofMinutes(10));
		}
		assertThat(maxInAnyWindow(sends, MINUTE.plus(MARGIN))).isEqualTo(100);
	}

	@Test
	void releasedPermitFreesItsPlaceForTheNextCaller() {
		SlidingWindowRateLimiter limiter = limiter(RateWindow.waiting("minute", 2, MINUTE));
		limiter.reserve(Duration.ZERO);
		limiter.reserve(Duration.ZERO);
		Reservation waiting = limiter.reserve(NO_LIMIT);
		assertThat(waiting.delay()).isEqualTo(MINUTE.plus(MARGIN));

		waiting.release();

		// the given-back permit is not counted: the next caller gets the same turn, not a
		// later one
		assertThat(limiter.reserve(NO_LIMIT).delay()).isEqualTo(MINUTE.plus(MARGIN));
		assertThat(limiter.getMetrics().getNumberOfWaitingThreads()).isEqualTo(1);
	}

	@Test
	void holdUntilDelaysEveryPermitAndLowerLimitShrinksTheWindow() {
		SlidingWindowRateLimiter limiter = limiter(RateWindow.waiting("minute", 10, MINUTE),
				RateWindow.failingFast("day", 100, Duration.ofDays(1)));
		limiter.holdUntil(this.start.plusSeconds(7));
		assertThat(limiter.nextFreePermit()).contains(this.start.plusSeconds(7));
		assertThat(limiter.reserve(NO_LIMIT).delay()).isEqualTo(Duration.ofSeconds(7));

		assertThat(limiter.lowerLimit(20)).isFalse();
		assertThat(limiter.lowerLimit(2)).isTrue();
		assertThat(limiter.getWindows()).extracting(RateWindow::limit).containsExactly(2, 100);
		assertThat(limiter.reserve(NO_LIMIT).delay()).isEqualTo(Duration.ofSeconds(7));
		assertThat(limiter.reserve(NO_LIMIT).delay()).isEqualTo(Duration.ofSeconds(7).plus(MINUTE).plus(MARGIN));
	}

	private SlidingWindowRateLimiter limiter(RateWindow... windows) {
		return new SlidingWindowRateLimiter("test", List.of(windows), Duration.ZERO, this.clock);
	}

	/**
	 * The most send times within any half-open window {@code [t, t + length)}: sorted,
	 * two pointers.
	 */
	static int maxInAnyWindow(List<Long> sendTimes, Duration length) {
		long[] sorted = sendTimes.stream().mapToLong(Long::longValue).sorted().toArray();
		long window = length.toMillis();
		int max = 0;
		int first = 0;
		for (int last = 0; last < sorted.length; last++) {
			while (sorted[last] - sorted[first] >= window) {
				first++;
			}
			max = Math.max(max, last - first + 1);
		}
		return max;
	}

}
