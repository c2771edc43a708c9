package io.github.seatablespring.mapping;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.DeserializationProblemHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * Mappers for row values: the application's mapper with the {@link SeaTableModule} added.
 */
public final class SeaTableMapping {

	/** Jackson's default mapper with the {@link SeaTableModule}. */
	public static final JsonMapper STANDARD = rowMapper(JsonMapper.shared());

	private SeaTableMapping() {
	}

	/**
	 * A copy of {@code mapper} that maps rows: the application's modules and settings,
	 * plus {@link SeaTableColumn} names and SeaTable's date and duration formats.
	 * SeaTable's own fields ({@code _id}, {@code _ctime}, ...) that a type does not
	 * declare are skipped, even when the application fails on unknown properties; a type
	 * that declares one (a property {@code _id}, or {@code @SeaTableColumn("_id")}) gets
	 * it. {@code mapper} itself is not changed.
	 */
	public static JsonMapper rowMapper(JsonMapper mapper) {
		return mapper.rebuild().addModule(new SeaTableModule()).addHandler(new SystemFields()).build();
	}

	/**
	 * Skips the system fields every row carries, whatever
	 * {@code FAIL_ON_UNKNOWN_PROPERTIES} says.
	 */
	private static final class SystemFields extends DeserializationProblemHandler {

		@Override
		public boolean handleUnknownProperty(DeserializationContext context, JsonParser parser,
				ValueDeserializer<?> deserializer, Object beanOrClass, String propertyName) {
			if (!propertyName.startsWith("_")) {
				return false;
			}
			parser.skipChildren();
			return true;
		}

	}

}
