package io.github.seatablespring.mapping;

import tools.jackson.databind.json.JsonMapper;

/** Mappers for row values: the application's mapper with the {@link SeaTableModule} added. */
public final class SeaTableMapping {

	/** Jackson's default mapper with the {@link SeaTableModule}. */
	public static final JsonMapper STANDARD = rowMapper(JsonMapper.shared());

	private SeaTableMapping() {
	}

	/**
	 * A copy of {@code mapper} that maps rows: the application's modules and settings, plus
	 * {@link SeaTableColumn} names and SeaTable's date and duration formats. {@code mapper} itself
	 * is not changed.
	 */
	public static JsonMapper rowMapper(JsonMapper mapper) {
		return mapper.rebuild().addModule(new SeaTableModule()).build();
	}

}
