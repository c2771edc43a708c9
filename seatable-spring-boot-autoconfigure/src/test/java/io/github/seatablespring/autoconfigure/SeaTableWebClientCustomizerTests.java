package io.github.seatablespring.autoconfigure;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.github.seatablespring.core.SeaTableTemplate;
import io.github.seatablespring.model.Metadata;
import io.github.seatablespring.model.Table;
import io.github.seatablespring.testsupport.SeaTableStubs;
import io.github.seatablespring.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link SeaTableWebClientCustomizer} beans shape every base's client, token requests
 * included.
 */
@WireMockTest
class SeaTableWebClientCustomizerTests {

	@Test
	void customizerIsCalledOncePerBaseAndItsHeaderReachesTokenAndBaseRequests(WireMockRuntimeInfo wm) {
		String jwt = SeaTableStubs.stubToken(wm.getWireMock(), Instant.now().plus(3, ChronoUnit.DAYS));
		wm.getWireMock()
			.register(get(SeaTableStubs.gateway("/metadata/")).willReturn(
					okJson("{\"metadata\":{\"version\":7,\"tables\":[{\"_id\":\"0000\",\"name\":\"Table1\"}]}}")));
		List<String> customized = new CopyOnWriteArrayList<>();
		SeaTableWebClientCustomizer customizer = (name, builder) -> {
			customized.add(name);
			builder.defaultHeader("X-Client", "custom-" + name);
		};
		SeaTableContextRunners.runner()
			.withBean(SeaTableWebClientCustomizer.class, () -> customizer)
			.withPropertyValues("seatable.server-url=" + wm.getHttpBaseUrl(),
					"seatable.api-token=" + TestTokens.API_TOKEN,
					"seatable.bases.crm.api-token=" + TestTokens.API_TOKEN)
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(customized).containsExactly(SeaTableBaseSettings.DEFAULT_BASE, "crm");

				Metadata metadata = context.getBean(SeaTableTemplate.class).getMetadata();

				assertThat(metadata.version()).isEqualTo(7);
				assertThat(metadata.tables()).extracting(Table::name).containsExactly("Table1");
				// building the base happens once; calls do not customize again
				assertThat(customized).hasSize(2);
				wm.getWireMock()
					.verifyThat(1,
							SeaTableStubs.tokenRequests()
								.withHeader("Authorization", equalTo("Token " + TestTokens.API_TOKEN))
								.withHeader("X-Client", equalTo("custom-default")));
				wm.getWireMock()
					.verifyThat(1,
							getRequestedFor(SeaTableStubs.gateway("/metadata/"))
								.withHeader("Authorization", equalTo("Bearer " + jwt))
								.withHeader("X-Client", equalTo("custom-default")));
			});
	}

}
