package io.github.seatablespring.aot;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import io.github.seatablespring.autoconfigure.SeaTableProperties;
import io.github.seatablespring.mapping.SeaTableColumn;
import io.github.seatablespring.mapping.SeaTableModule;
import io.github.seatablespring.model.Row;
import org.jspecify.annotations.Nullable;

import org.springframework.aot.hint.BindingReflectionHintsRegistrar;
import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.type.classreading.CachingMetadataReaderFactory;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.util.ClassUtils;

/**
 * What a native image needs to read and write SeaTable's JSON: binding hints
 * (constructors, accessors, fields) for every public type of the model package, found
 * when the hints are contributed so that new model types are covered, the mapping
 * annotation and module, and the configuration properties. Applications register their
 * own typed-row classes, as for any Jackson mapping.
 */
public class SeaTableRuntimeHints implements RuntimeHintsRegistrar {

	private final BindingReflectionHintsRegistrar bindings = new BindingReflectionHintsRegistrar();

	@Override
	public void registerHints(RuntimeHints hints, @Nullable ClassLoader classLoader) {
		this.bindings.registerReflectionHints(hints.reflection(), modelTypes(classLoader).toArray(Class<?>[]::new));
		this.bindings.registerReflectionHints(hints.reflection(), SeaTableProperties.class);
		hints.reflection().registerType(SeaTableColumn.class, MemberCategory.INVOKE_PUBLIC_METHODS);
		hints.reflection()
			.registerType(SeaTableModule.class, MemberCategory.INVOKE_PUBLIC_CONSTRUCTORS,
					MemberCategory.INVOKE_PUBLIC_METHODS);
	}

	/** The public top-level and nested types of the model package. */
	static List<Class<?>> modelTypes(@Nullable ClassLoader classLoader) {
		String pattern = "classpath*:" + ClassUtils.convertClassNameToResourcePath(Row.class.getPackageName())
				+ "/*.class";
		PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver(classLoader);
		CachingMetadataReaderFactory readers = new CachingMetadataReaderFactory(resolver);
		List<Class<?>> types = new ArrayList<>();
		try {
			for (Resource resource : resolver.getResources(pattern)) {
				MetadataReader reader = readers.getMetadataReader(resource);
				String name = reader.getClassMetadata().getClassName();
				if (name.endsWith("package-info")) {
					continue;
				}
				Class<?> type = ClassUtils.resolveClassName(name, classLoader);
				if (java.lang.reflect.Modifier.isPublic(type.getModifiers())) {
					types.add(type);
				}
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not list the SeaTable model types", ex);
		}
		return types;
	}

}
