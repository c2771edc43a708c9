package io.github.seatablespring.samples.reactive;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * A row of the {@code Contacts} table. Read from SeaTable's column names ({@code Name},
 * {@code Age}...) through the aliases, written to clients in lower case.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Contact(@JsonAlias("_id") @Nullable String id, @JsonAlias("Name") @Nullable String name,
		@JsonAlias("Email") @Nullable String email, @JsonAlias("City") @Nullable String city,
		@JsonAlias("Age") @Nullable Integer age) {

	/** The cells to append for this contact, keyed by column name. */
	Map<String, Object> toRow() {
		Map<String, Object> row = new LinkedHashMap<>();
		putIfSet(row, "Name", this.name);
		putIfSet(row, "Email", this.email);
		putIfSet(row, "City", this.city);
		putIfSet(row, "Age", this.age);
		return row;
	}

	private static void putIfSet(Map<String, Object> row, String column, @Nullable Object value) {
		if (value != null) {
			row.put(column, value);
		}
	}

}
