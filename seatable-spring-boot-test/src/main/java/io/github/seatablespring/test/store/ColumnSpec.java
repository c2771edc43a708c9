package io.github.seatablespring.test.store;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A column to create: name, SeaTable type and optional column data.
 *
 * @param name the column name
 * @param type the SeaTable column type
 * @param data the type's settings, or {@code null}
 */
public record ColumnSpec(String name, String type, @Nullable Map<String, Object> data) {
}
