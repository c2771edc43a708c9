package io.github.seatablespring.mapping;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyName;
import tools.jackson.databind.cfg.MapperConfig;
import tools.jackson.databind.introspect.Annotated;
import tools.jackson.databind.introspect.NopAnnotationIntrospector;

/**
 * Reads the name of {@link SeaTableColumn} for both directions. It is inserted before the
 * mapper's own introspector, which keeps handling everything else.
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

	private static @Nullable PropertyName name(Annotated annotated) {
		SeaTableColumn column = annotated.getAnnotation(SeaTableColumn.class);
		return (column != null) ? PropertyName.construct(column.value()) : null;
	}

}
