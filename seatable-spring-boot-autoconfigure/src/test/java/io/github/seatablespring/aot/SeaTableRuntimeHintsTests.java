package io.github.seatablespring.aot;

import io.github.seatablespring.autoconfigure.SeaTableProperties;
import io.github.seatablespring.mapping.SeaTableColumn;
import io.github.seatablespring.mapping.SeaTableModule;
import io.github.seatablespring.model.Metadata;
import io.github.seatablespring.model.Row;
import io.github.seatablespring.model.Table;
import io.github.seatablespring.model.ViewUpdate;
import org.junit.jupiter.api.Test;

import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.core.io.support.SpringFactoriesLoader;

import static org.assertj.core.api.Assertions.assertThat;

/** The runtime hints a native image of an application with the starter gets. */
class SeaTableRuntimeHintsTests {

	private final RuntimeHints hints = registered();

	private static RuntimeHints registered() {
		RuntimeHints hints = new RuntimeHints();
		SpringFactoriesLoader.forResourceLocation("META-INF/spring/aot.factories")
			.load(RuntimeHintsRegistrar.class)
			.forEach((registrar) -> registrar.registerHints(hints, SeaTableRuntimeHintsTests.class.getClassLoader()));
		return hints;
	}

	@Test
	void registrarIsListedInAotFactories() {
		assertThat(SpringFactoriesLoader.forResourceLocation("META-INF/spring/aot.factories")
			.load(RuntimeHintsRegistrar.class)).hasAtLeastOneElementOfType(SeaTableRuntimeHints.class);
	}

	@Test
	void modelTypesCanBeBoundByJackson() {
		assertThat(SeaTableRuntimeHints.modelTypes(getClass().getClassLoader())).contains(Row.class, Table.class,
				Metadata.class, ViewUpdate.class);
		for (Class<?> type : new Class<?>[] { Table.class, Metadata.class, ViewUpdate.class }) {
			assertThat(RuntimeHintsPredicates.reflection().onType(type)).accepts(this.hints);
		}
		assertThat(RuntimeHintsPredicates.reflection()
			.onType(Table.class)
			.withMemberCategories(MemberCategory.INVOKE_DECLARED_CONSTRUCTORS)).accepts(this.hints);
	}

	@Test
	void mappingAndPropertiesAreRegistered() {
		assertThat(RuntimeHintsPredicates.reflection().onType(SeaTableColumn.class)).accepts(this.hints);
		assertThat(RuntimeHintsPredicates.reflection()
			.onType(SeaTableModule.class)
			.withMemberCategory(MemberCategory.INVOKE_PUBLIC_CONSTRUCTORS)).accepts(this.hints);
		assertThat(RuntimeHintsPredicates.reflection().onType(SeaTableProperties.class)).accepts(this.hints);
		assertThat(RuntimeHintsPredicates.reflection().onType(SeaTableProperties.Base.class)).accepts(this.hints);
		assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(SeaTableProperties.class, "setApiToken"))
			.accepts(this.hints);
	}

}
