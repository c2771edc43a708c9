package io.github.seatablespring.core;

import java.time.Duration;

import io.github.seatablespring.SeaTableConnectionException;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * A blocking call never waits without a deadline, even for an operation that never ends.
 */
class BlockingTests {

	@Test
	void operationThatNeverEndsFailsAtTheDeadline() {
		Throwable ex = catchThrowable(() -> Blocking.await(Mono.never(), Duration.ofMillis(50)));

		assertThat(ex).isExactlyInstanceOf(SeaTableConnectionException.class).hasMessageContaining("PT0.05S");
	}

	@Test
	void deadlineIsBoundedButLongerThanADaysQuotaOfRequests() {
		// 5,000 requests at 300 a minute
		assertThat(Blocking.DEADLINE).isGreaterThan(Duration.ofMinutes(17)).isLessThanOrEqualTo(Duration.ofHours(1));
	}

	@Test
	void valueAndErrorsPassUnchanged() {
		assertThat(Blocking.await(Mono.just("row"))).isEqualTo("row");
		IllegalStateException failure = new IllegalStateException("boom");
		assertThat(catchThrowable(() -> Blocking.await(Mono.error(failure)))).isSameAs(failure);
	}

}
