package io.github.seatablespring.http;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.github.seatablespring.testsupport.TimerRecordingScheduler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.test.scheduler.VirtualTimeScheduler;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every attempt fails exactly at its own deadline, while one timer serves attempts that
 * follow each other.
 */
class AttemptDeadlinesTests {

	private final TimerRecordingScheduler scheduler = new TimerRecordingScheduler();

	private final AttemptDeadlines deadlines = new AttemptDeadlines(Duration.ofSeconds(1));

	@BeforeEach
	void virtualTime() {
		VirtualTimeScheduler.set(this.scheduler);
	}

	@AfterEach
	void realTime() {
		VirtualTimeScheduler.reset();
	}

	@Test
	void attemptsThatEndInTimeShareOneTimer() {
		for (int i = 0; i < 100; i++) {
			AttemptDeadlines.Attempt attempt = this.deadlines.start();
			this.scheduler.advanceTimeBy(Duration.ofMillis(5));
			attempt.end();
		}

		assertThat(this.scheduler.timers()).hasSize(1);
	}

	@Test
	void eachAttemptExpiresAtItsOwnDeadline() {
		List<AtomicLong> expiredAt = new ArrayList<>();
		for (long startsAt : new long[] { 0, 300, 1_500 }) {
			this.scheduler.advanceTimeTo(Instant.ofEpochMilli(startsAt));
			AtomicLong at = new AtomicLong(-1);
			this.deadlines.start().expiry().subscribe((expired) -> at.set(this.scheduler.now(TimeUnit.MILLISECONDS)));
			expiredAt.add(at);
		}

		this.scheduler.advanceTimeBy(Duration.ofSeconds(5));

		assertThat(expiredAt).extracting(AtomicLong::get).containsExactly(1_000L, 1_300L, 2_500L);
	}

	@Test
	void attemptThatEndedDoesNotExpire() {
		AttemptDeadlines.Attempt ended = this.deadlines.start();
		AtomicLong expirations = new AtomicLong();
		ended.expiry().subscribe((expired) -> expirations.incrementAndGet());
		ended.end();

		this.scheduler.advanceTimeBy(Duration.ofSeconds(5));

		assertThat(expirations).hasValue(0);
	}

}
