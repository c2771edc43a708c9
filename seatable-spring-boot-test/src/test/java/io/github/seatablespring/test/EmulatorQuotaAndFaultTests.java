package io.github.seatablespring.test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The emulator's per-base quota and injected faults, over plain HTTP with a hand-moved
 * clock.
 */
class EmulatorQuotaAndFaultTests {

	private final MutableClock clock = new MutableClock(Instant.parse("2025-01-01T10:00:00Z"));

	@RegisterExtension
	final SeaTableEmulatorExtension seaTable = new SeaTableEmulatorExtension(
			SeaTableEmulator.builder().requestsPerMinute(3).requestsPerDay(5).clock(this.clock), "Demo");

	private SeaTableEmulator emulator;

	private EmulatedBase base;

	private EmulatorClient client;

	private String token;

	@BeforeEach
	void start() {
		this.emulator = this.seaTable.emulator();
		this.base = this.seaTable.base();
		this.base.createTable("T", List.of(EmulatedColumn.of("Name", "text")));
		this.client = new EmulatorClient(this.emulator);
		this.token = this.client.baseToken(this.base.apiToken());
	}

	private HttpResponse<String> metadata() {
		return this.client.base("GET", this.base, this.token, "metadata/", "");
	}

	@Test
	void minuteWindowAnswers429WithEmptyBodyAndHeadersThenSlides() {
		for (int i = 0; i < 3; i++) {
			assertThat(metadata().statusCode()).isEqualTo(200);
			this.clock.advance(Duration.ofSeconds(10));
		}
		HttpResponse<String> rejected = metadata();
		assertThat(rejected.statusCode()).isEqualTo(429);
		assertThat(rejected.body()).isEmpty();
		assertThat(rejected.headers().firstValue("x-ratelimit-limit")).hasValue("3");
		assertThat(rejected.headers().firstValue("x-ratelimit-remaining")).hasValue("0");
		// the first request was 30 s ago: its slot frees in 30 s
		assertThat(rejected.headers().firstValue("x-ratelimit-reset")).hasValue("30");

		this.clock.advance(Duration.ofSeconds(30));
		assertThat(metadata().statusCode()).isEqualTo(200);
		assertThat(metadata().statusCode()).isEqualTo(429);
	}

	@Test
	void minuteWindowFreesASlotExactlyWhenItsRequestIsSixtySecondsOld() {
		assertThat(metadata().statusCode()).isEqualTo(200);
		this.clock.advance(Duration.ofSeconds(20));
		assertThat(metadata().statusCode()).isEqualTo(200);
		this.clock.advance(Duration.ofSeconds(20));
		assertThat(metadata().statusCode()).isEqualTo(200);

		// 59.999 s after the first request all three are still in the window
		this.clock.advance(Duration.ofMillis(19_999));
		HttpResponse<String> rejected = metadata();
		assertThat(rejected.statusCode()).isEqualTo(429);
		assertThat(rejected.headers().firstValue("x-ratelimit-reset")).hasValue("1");
		// 60 s after it, the first has left: one slot, and only one
		this.clock.advance(Duration.ofMillis(1));
		assertThat(metadata().statusCode()).isEqualTo(200);
		this.clock.advance(Duration.ofMillis(1));
		rejected = metadata();
		assertThat(rejected.statusCode()).isEqualTo(429);
		// the oldest left in the window is the one at 20 s: free at 80 s, 19.999 s from
		// now, rounded up
		assertThat(rejected.headers().firstValue("x-ratelimit-reset")).hasValue("20");
		this.clock.advance(Duration.ofMillis(19_999));
		assertThat(metadata().statusCode()).isEqualTo(200);
	}

	@Test
	void rejectedRequestsDoNotTakeASlot() {
		for (int i = 0; i < 3; i++) {
			assertThat(metadata().statusCode()).isEqualTo(200);
		}
		for (int i = 0; i < 10; i++) {
			this.clock.advance(Duration.ofSeconds(5));
			assertThat(metadata().statusCode()).isEqualTo(429);
		}
		this.clock.advance(Duration.ofSeconds(10));
		assertThat(metadata().statusCode()).isEqualTo(200);
	}

	/**
	 * Against a reference model of SeaTable's rule ("the relevant period is always
	 * checked at the time of access"): a request at {@code t} is accepted if fewer than
	 * the limit were accepted in {@code (t - 60 s, t]} and in {@code (t - 24 h, t]};
	 * otherwise it gets 429 with the full window's limit and the whole seconds until that
	 * window's oldest request leaves it.
	 */
	@Test
	void irregularScheduleIsAnsweredExactlyAsTheSlidingWindowsPrescribe() {
		MutableClock clock = new MutableClock(Instant.parse("2025-03-01T00:00:00Z"));
		int perMinute = 3;
		int perDay = 12;
		try (SeaTableEmulator emulator = SeaTableEmulator.builder()
			.requestsPerMinute(perMinute)
			.requestsPerDay(perDay)
			.clock(clock)
			.build()
			.start()) {
			EmulatedBase base = emulator.createBase("Schedule");
			EmulatorClient client = new EmulatorClient(emulator);
			Duration[] gaps = { Duration.ZERO, Duration.ofMillis(1), Duration.ofSeconds(5), Duration.ofMillis(19_999),
					Duration.ofSeconds(20), Duration.ofMillis(59_999), Duration.ofSeconds(60), Duration.ofHours(3),
					Duration.ofDays(1).minusMillis(1) };
			java.util.Random random = new java.util.Random(42);
			List<Instant> accepted = new java.util.ArrayList<>();
			int rejections = 0;
			for (int i = 0; i < 150; i++) {
				clock.advance(gaps[random.nextInt(gaps.length)]);
				Instant now = clock.instant();
				List<Instant> lastMinute = accepted.stream().filter((t) -> t.isAfter(now.minusSeconds(60))).toList();
				List<Instant> lastDay = accepted.stream()
					.filter((t) -> t.isAfter(now.minus(Duration.ofDays(1))))
					.toList();
				// base tokens live 3 days, the schedule longer; token requests do not
				// count
				String token = client.baseToken(base.apiToken());
				HttpResponse<String> response = client.base("GET", base, token, "metadata/", "");
				String step = "request " + i + " at " + now;
				if (lastDay.size() < perDay && lastMinute.size() < perMinute) {
					assertThat(response.statusCode()).as(step).isEqualTo(200);
					accepted.add(now);
					continue;
				}
				rejections++;
				boolean dayFull = lastDay.size() >= perDay;
				Instant frees = dayFull ? lastDay.get(0).plus(Duration.ofDays(1)) : lastMinute.get(0).plusSeconds(60);
				long reset = Math.max(1, (Duration.between(now, frees).toMillis() + 999) / 1000);
				assertThat(response.statusCode()).as(step).isEqualTo(429);
				assertThat(response.headers().firstValue("x-ratelimit-limit")).as(step)
					.hasValue(String.valueOf(dayFull ? perDay : perMinute));
				assertThat(response.headers().firstValue("x-ratelimit-reset")).as(step).hasValue(String.valueOf(reset));
			}
			// the schedule exercised both outcomes and both windows
			assertThat(accepted).hasSizeGreaterThan(30);
			assertThat(rejections).isGreaterThan(20);
		}
	}

	@Test
	void dayWindowAnswers429UntilTheOldestRequestIsADayOld() {
		for (int i = 0; i < 5; i++) {
			assertThat(metadata().statusCode()).isEqualTo(200);
			this.clock.advance(Duration.ofMinutes(1));
		}
		HttpResponse<String> rejected = metadata();
		assertThat(rejected.statusCode()).isEqualTo(429);
		assertThat(rejected.headers().firstValue("x-ratelimit-limit")).hasValue("5");
		assertThat(rejected.headers().firstValue("x-ratelimit-reset"))
			.hasValue(String.valueOf(Duration.ofDays(1).minusMinutes(5).toSeconds()));
		this.clock.advance(Duration.ofDays(1).minusMinutes(5));
		assertThat(metadata().statusCode()).isEqualTo(200);
	}

	@Test
	void tokenRequestsAndOtherBasesDoNotCount() {
		EmulatedBase other = this.emulator.createBase("Other");
		String otherToken = this.client.baseToken(other.apiToken());
		for (int i = 0; i < 3; i++) {
			metadata();
			this.client.baseToken(this.base.apiToken());
		}
		assertThat(this.client.base("GET", other, otherToken, "metadata/", "").statusCode()).isEqualTo(200);
	}

	@Test
	void failNextAnswersTheStatusWithoutExecuting() {
		this.emulator.failNext(2, 503);
		HttpResponse<String> append = this.client.base("POST", this.base, this.token, "rows/",
				"{\"table_name\":\"T\",\"rows\":[{\"Name\":\"x\"}]}");
		assertThat(append.statusCode()).isEqualTo(503);
		assertThat(metadata().statusCode()).isEqualTo(503);
		assertThat(metadata().statusCode()).isEqualTo(200);
		assertThat(this.base.rows("T")).isEmpty();

		this.emulator.failNext(1, 429);
		HttpResponse<String> limited = metadata();
		assertThat(limited.statusCode()).isEqualTo(429);
		assertThat(limited.body()).isEmpty();
		assertThat(limited.headers().firstValue("x-ratelimit-reset")).isPresent();
	}

	@Test
	void resetNextDropsTheConnection() {
		this.emulator.resetNext(1);
		String append = "{\"table_name\":\"T\",\"rows\":[{\"Name\":\"x\"}]}";
		// a POST, which java.net.http does not replay after a reset
		assertThatExceptionOfType(IllegalStateException.class)
			.isThrownBy(() -> this.client.base("POST", this.base, this.token, "rows/", append))
			.withCauseInstanceOf(java.io.IOException.class);
		assertThat(this.base.rows("T")).isEmpty();
		assertThat(this.client.base("POST", this.base, this.token, "rows/", append).statusCode()).isEqualTo(200);
		assertThat(this.emulator.journal()).filteredOn(RecordedRequest::isBaseOperation).hasSize(2);
	}

}
