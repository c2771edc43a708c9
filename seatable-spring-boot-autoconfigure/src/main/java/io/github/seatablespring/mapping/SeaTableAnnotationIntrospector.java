package io.github.seatablespring.mapping;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyName;
import tools.jackson.databind.cfg.MapperConfig;
import tools.jackson.databind.introspect.Annotated;
import tools.jackson.databind.introspect.NopAnnotationIntrospector;

/**
 * Reads {@link SeaTableColumn}: its name for both directions, and {@code readOnly} as Jackson's
 * {@link JsonProperty.Access#WRITE_ONLY} (set when reading JSON, left out when writing it). It is
 * inserted before the mapper's own introspector, which keeps handling everything else.
 */
final class SeaTableAnnotationIntrospector extends NopAnnotationIntrospector {

	private static final long serialVersionUID = 1L;

	@Override
	public @Nullable PropertyName findNameForSerialization(MapperConfig<?> config, Annotated annotated) {
		return name(annotated);
	}

	@Override
	public @Nullable PropertyName findNameForDeserialization(MapperConfig<?> config, Annotated annotated) {
		return name(annotated);
	}

	@Override
	public JsonProperty.@Nullable Access findPropertyAccess(MapperConfig<?> config, Annotated annotated) {
		SeaTableColumn column = annotated.getAnnotation(SeaTableColumn.class);
		return (column != null && column.readOnly()) ? JsonProperty.Access.WRITE_ONLY : null;
	}

	private static @Nullable PropertyName name(Annotated annotated) {
		SeaTableColumn column = annotated.getAnnotation(SeaTableColumn.class);
		return (column != null) ? PropertyName.construct(column.value()) : null;
	}

}
