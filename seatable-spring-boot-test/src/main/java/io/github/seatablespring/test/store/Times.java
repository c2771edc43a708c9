package io.github.seatablespring.test.store;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The time formats SeaTable answers with. */
final class Times {

	private static final DateTimeFormatter ROW_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSxxx");

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'");

	private Times() {
	}

	/** {@code _ctime}/{@code _mtime}: {@code 2026-03-06T09:37:09.187+00:00}. */
	static String rowTime(Instant instant) {
		return ROW_TIME.format(instant.atOffset(ZoneOffset.UTC));
	}

	/** Comments, notifications and activities: {@code 2021-01-15T13:35:26.000Z}. */
	static String utc(Instant instant) {
		return UTC.format(instant.atOffset(ZoneOffset.UTC));
	}

	static String local(Instant instant, ZoneId zone) {
		return ROW_TIME.format(instant.atZone(zone));
	}

}
