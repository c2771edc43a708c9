package io.github.seatablespring.mapping;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.BeanPropertyWriter;
import tools.jackson.databind.ser.ValueSerializerModifier;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Jackson module for SeaTable cell values: {@link SeaTableColumn} names, and the formats
 * SeaTable reads and writes for dates, date-times and durations, whatever the
 * application's mapper does with these types elsewhere.
 * <ul>
 * <li>{@link OffsetDateTime}: read with the offset SeaTable sends (the base's time zone,
 * for example {@code 2030-06-20T23:55:00+02:00}), written the same way with milliseconds
 * when they are not zero ({@code 2021-02-09T12:23:17.761+00:00}).</li>
 * <li>{@link LocalDate}: read from {@code 2030-06-20} or from a date-time, taking the
 * date in the value's own offset (so midnight in the base's time zone stays on its day);
 * written as {@code 2030-06-20}.</li>
 * <li>{@link LocalDateTime}: read as the local part of a date-time, written as
 * {@code 2030-06-20 23:55} (SeaTable stores dates to the minute).</li>
 * <li>{@link Duration}: SeaTable's duration columns hold whole seconds ({@code 5430});
 * read from seconds or from {@code h:mm} / {@code h:mm:ss} text, written as seconds.</li>
 * </ul>
 */
public final class SeaTableModule extends SimpleModule {

	private static final long serialVersionUID = 1L;

	private static final DateTimeFormatter WITH_MILLIS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSxxx");

	private static final DateTimeFormatter WITHOUT_MILLIS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");

	private static final DateTimeFormatter TO_MINUTE = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");

	private static final Pattern CLOCK = Pattern.compile("(\\d+):([0-5]?\\d)(?::([0-5]?\\d))?");

	public SeaTableModule() {
		super("seatable");
		addSerializer(OffsetDateTime.class, new StdSerializer<>(OffsetDateTime.class) {
			@Override
			public void serialize(OffsetDateTime value, JsonGenerator gen, SerializationContext context) {
				gen.writeString(format(value));
			}
		});
		addDeserializer(OffsetDateTime.class, new TextDeserializer<>(OffsetDateTime.class) {
			@Override
			OffsetDateTime parse(String text) {
				return parseDateTime(text);
			}
		});
		addSerializer(LocalDate.class, new StdSerializer<>(LocalDate.class) {
			@Override
			public void serialize(LocalDate value, JsonGenerator gen, SerializationContext context) {
				gen.writeString(value.toString());
			}
		});
		addDeserializer(LocalDate.class, new TextDeserializer<>(LocalDate.class) {
			@Override
			LocalDate parse(String text) {
				return (text.length() == 10) ? LocalDate.parse(text) : parseDateTime(text).toLocalDate();
			}
		});
		addSerializer(LocalDateTime.class, new StdSerializer<>(LocalDateTime.class) {
			@Override
			public void serialize(LocalDateTime value, JsonGenerator gen, SerializationContext context) {
				gen.writeString(TO_MINUTE.format(value));
			}
		});
		addDeserializer(LocalDateTime.class, new TextDeserializer<>(LocalDateTime.class) {
			@Override
			LocalDateTime parse(String text) {
				return parseDateTime(text).toLocalDateTime();
			}
		});
		addSerializer(Duration.class, new StdSerializer<>(Duration.class) {
			@Override
			public void serialize(Duration value, JsonGenerator gen, SerializationContext context) {
				gen.writeNumber(value.getSeconds());
			}
		});
		addDeserializer(Duration.class, new TextDeserializer<>(Duration.class) {
			@Override
			Duration parse(String text) {
				return parseDuration(text);
			}
		});
		setSerializerModifier(new ReadOnlyColumns());
	}

	/** Leaves {@code @SeaTableColumn(readOnly = true)} properties out when writing. */
	private static final class ReadOnlyColumns extends ValueSerializerModifier {

		private static final long serialVersionUID = 1L;

		@Override
		public List<BeanPropertyWriter> changeProperties(SerializationConfig config, BeanDescription.Supplier bean,
				List<BeanPropertyWriter> properties) {
			return properties.stream().filter((property) -> {
				SeaTableColumn column = property.getAnnotation(SeaTableColumn.class);
				return column == null || !column.readOnly();
			}).collect(Collectors.toCollection(ArrayList::new));
		}

	}

	@Override
	public void setupModule(SetupContext context) {
		super.setupModule(context);
		context.insertAnnotationIntrospector(new SeaTableAnnotationIntrospector());
	}

	/** A date-time as SeaTable writes it: {@code 2021-02-09T12:23:17.761+00:00}. */
	public static String format(OffsetDateTime value) {
		return ((value.getNano() == 0) ? WITHOUT_MILLIS : WITH_MILLIS).format(value);
	}

	/**
	 * Parses a date-time SeaTable sent: ISO with offset, or without offset
	 * ({@code 2021-07-01 13:59}, taken as UTC), or a bare date (midnight UTC).
	 */
	public static OffsetDateTime parseDateTime(String text) {
		String iso = (text.length() > 10 && text.charAt(10) == ' ') ? text.substring(0, 10) + 'T' + text.substring(11)
				: text;
		if (iso.length() == 10) {
			return LocalDate.parse(iso).atStartOfDay().atOffset(ZoneOffset.UTC);
		}
		try {
			return OffsetDateTime.parse(iso);
		}
		catch (DateTimeParseException ex) {
			return LocalDateTime.parse(iso).atOffset(ZoneOffset.UTC);
		}
	}

	/**
	 * Seconds ({@code 5430}, {@code 5430.0}) or clock text ({@code 1:30},
	 * {@code 1:30:30}).
	 */
	static Duration parseDuration(String text) {
		Matcher clock = CLOCK.matcher(text.trim());
		if (clock.matches()) {
			long seconds = Long.parseLong(clock.group(1)) * 3600 + Long.parseLong(clock.group(2)) * 60
					+ ((clock.group(3) != null) ? Long.parseLong(clock.group(3)) : 0);
			return Duration.ofSeconds(seconds);
		}
		BigDecimal seconds = new BigDecimal(text.trim());
		return Duration.ofSeconds(seconds.longValue(), seconds.remainder(BigDecimal.ONE).movePointRight(9).longValue());
	}

	/**
	 * Reads a string (or a number, as its text) and parses it; a failure names the value
	 * and the type.
	 */
	private abstract static class TextDeserializer<T> extends StdDeserializer<T> {

		TextDeserializer(Class<T> type) {
			super(type);
		}

		abstract T parse(String text);

		@Override
		@SuppressWarnings("unchecked")
		public T deserialize(JsonParser parser, DeserializationContext context) {
			JsonToken token = parser.currentToken();
			if (token != JsonToken.VALUE_STRING && !token.isNumeric()) {
				return (T) context.handleUnexpectedToken(handledType(), parser);
			}
			String text = parser.getValueAsString();
			if (text.isBlank()) {
				return null;
			}
			try {
				return parse(text.trim());
			}
			catch (RuntimeException ex) {
				throw context.weirdStringException(text, handledType(),
						"not a SeaTable " + handledType().getSimpleName() + " value");
			}
		}

	}

}
