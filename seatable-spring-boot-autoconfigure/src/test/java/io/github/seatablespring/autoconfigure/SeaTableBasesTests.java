package io.github.seatablespring.autoconfigure;

import io.github.seatablespring.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** {@link SeaTableBases} names its bases in errors and never prints their tokens. */
class SeaTableBasesTests {

	private static final String CRM_TOKEN = "c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00";

	@Test
	void settingsNeverPrintTheApiToken() {
		SeaTableContextRunners.runner()
			.withPropertyValues("seatable.api-token=" + TestTokens.API_TOKEN,
					"seatable.bases.crm.api-token=" + CRM_TOKEN)
			.run((context) -> {
				assertThat(context).hasNotFailed();
				SeaTableBases bases = context.getBean(SeaTableBases.class);
				assertThat(bases.settings()).hasSize(2)
					.allSatisfy((settings) -> assertThat(settings.toString())
						.contains("name=" + settings.name(), "apiToken=<redacted>", "requestsPerMinute=300")
						.doesNotContain(TestTokens.API_TOKEN, CRM_TOKEN));
				assertThat(bases.settings().toString()).doesNotContain(TestTokens.API_TOKEN, CRM_TOKEN);
				assertThat(context.getBean(SeaTableProperties.class).getApiToken()).isEqualTo(TestTokens.API_TOKEN);
			});
	}

	@Test
	void unknownBaseNamesTheConfiguredOnes() {
		SeaTableContextRunners.runner()
			.withPropertyValues("seatable.api-token=" + TestTokens.API_TOKEN,
					"seatable.bases.crm.api-token=" + CRM_TOKEN)
			.run((context) -> {
				SeaTableBases bases = context.getBean(SeaTableBases.class);
				assertThatIllegalArgumentException().isThrownBy(() -> bases.template("nope"))
					.withMessageContaining("'nope'")
					.withMessageContaining("[default, crm]")
					.withMessageContaining("seatable.bases.nope.api-token");
				assertThatIllegalArgumentException().isThrownBy(() -> bases.reactiveTemplate("nope"))
					.withMessageContaining("[default, crm]");
				assertThatIllegalArgumentException().isThrownBy(() -> bases.quota("nope"));
			});
	}

}
