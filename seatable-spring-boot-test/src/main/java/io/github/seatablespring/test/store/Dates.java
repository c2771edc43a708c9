package io.github.seatablespring.test.store;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Date cells as SeaTable stores them: whatever format was sent, answered in ISO form with
 * the server's offset ({@code 2030-06-20T23:55:00+02:00}); a value it cannot read is
 * stored as {@code null} (API_ISSUES #5).
 */
final class Dates {

	private static final DateTimeFormatter ISO_OUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");

	private static final DateTimeFormatter LOCAL = new DateTimeFormatterBuilder().appendPattern("yyyy-MM-dd")
		.optionalStart()
		.appendLiteral(' ')
		.optionalEnd()
		.optionalStart()
		.appendLiteral('T')
		.optionalEnd()
		.optionalStart()
		.appendPattern("HH:mm")
		.optionalStart()
		.appendPattern(":ss")
		.optionalEnd()
		.optionalStart()
		.appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
		.optionalEnd()
		.optionalEnd()
		.toFormatter();

	private static final List<String> DAY_FIRST = List.of("d.M.yyyy", "d/M/yyyy");

	private static final List<String> MONTH_FIRST = List.of("d.M.yyyy", "M/d/yyyy");

	private Dates() {
	}

	/** The stored form of a date cell, or {@code null} when the value is not a date. */
	static @Nullable String normalize(Object value, @Nullable Object format, ZoneId zone) {
		if (!(value instanceof String text) || text.isBlank()) {
			return null;
		}
		String trimmed = text.trim();
		try {
			return ISO_OUT.format(OffsetDateTime.parse(trimmed).atZoneSameInstant(zone));
		}
		catch (DateTimeParseException ex) {
			// not with an offset: read as the server's local time below
		}
		LocalDateTime local = local(trimmed, String.valueOf(format).startsWith("D"));
		return (local != null) ? ISO_OUT.format(local.atZone(zone)) : null;
	}

	private static @Nullable LocalDateTime local(String text, boolean dayFirst) {
		try {
			var parsed = LOCAL.parseBest(text, LocalDateTime::from, LocalDate::from);
			return (parsed instanceof LocalDate date) ? date.atStartOfDay() : (LocalDateTime) parsed;
		}
		catch (DateTimeParseException ex) {
			// one of the European or US forms below
		}
		String[] parts = text.split(" ", 2);
		for (String pattern : dayFirst ? DAY_FIRST : MONTH_FIRST) {
			try {
				LocalDate date = LocalDate.parse(parts[0], DateTimeFormatter.ofPattern(pattern));
				return (parts.length == 1) ? date.atStartOfDay()
						: date.atTime(java.time.LocalTime.parse(parts[1].trim()));
			}
			catch (DateTimeParseException ex) {
				// try the next form
			}
		}
		return null;
	}

}
