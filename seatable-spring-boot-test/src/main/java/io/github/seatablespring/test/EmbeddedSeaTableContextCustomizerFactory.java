package io.github.seatablespring.test;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * Turns {@link EmbeddedSeaTable @EmbeddedSeaTable} on a test class into an
 * {@link EmbeddedSeaTableContextCustomizer}.
 */
class EmbeddedSeaTableContextCustomizerFactory implements ContextCustomizerFactory {

	@Override
	public @Nullable ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		EmbeddedSeaTable annotation = TestContextAnnotationUtils.findMergedAnnotation(testClass,
				EmbeddedSeaTable.class);
		return (annotation != null) ? new EmbeddedSeaTableContextCustomizer(annotation) : null;
	}

}
