package io.github.seatablespring.test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The emulator's per-base quota and injected faults, over plain HTTP with a hand-moved clock. */
class EmulatorQuotaAndFaultTests {

	private final MutableClock clock = new MutableClock(Instant.parse("2025-01-01T10:00:00Z"));

	private SeaTableEmulator emulator;

	private EmulatedBase base;

	private EmulatorClient client;

	private String token;

	@BeforeEach
	void start() {
		this.emulator = SeaTableEmulator.builder().requestsPerMinute(3).requestsPerDay(5).clock(this.clock).build()
			.start();
		this.base = this.emulator.createBase("Demo");
		this.base.createTable("T", List.of(EmulatedColumn.of("Name", "text")));
		this.client = new EmulatorClient(this.emulator);
		this.token = this.client.baseToken(this.base.apiToken());
	}

	@AfterEach
	void stop() {
		this.emulator.close();
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
