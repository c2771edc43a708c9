package io.github.seatablespring.core;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.github.seatablespring.autoconfigure.SeaTableTemplateFactory;
import io.github.seatablespring.ratelimit.RateWindow;
import io.github.seatablespring.ratelimit.QuotaLimiter;
import io.github.seatablespring.testsupport.SeaTableStubs;
import io.github.seatablespring.testsupport.TestBases;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * File operations are web operations ({@code /api/v2.1/*}): on SeaTable Cloud they have
 * their own 300/min limit and no daily one, so they must not use up the base's 5,000 base
 * operations a day.
 */
@WireMockTest
class FilesQuotaTests {

	@Test
	void fileOperationsDoNotConsumeTheBasesQuota(WireMockRuntimeInfo wm) {
		SeaTableStubs.stubToken(wm.getWireMock(), Instant.now().plus(3, ChronoUnit.DAYS));
		wm.getWireMock()
			.register(get(urlPathEqualTo("/api/v2.1/dtable/app-download-link/"))
				.willReturn(okJson("{\"download_link\":\"https://x/seafhttp/files/1/a.pdf\"}")));
		wm.getWireMock()
			.register(get(SeaTableStubs.gateway("/metadata/"))
				.willReturn(okJson("{\"metadata\":{\"tables\":[],\"version\":1}}")));
		SeaTableTemplateFactory.Base base = TestBases.factory(Clock.systemUTC())
			.create(TestBases.settings(wm.getHttpBaseUrl()));
		SeaTableTemplate template = new SeaTableTemplate(base.template());
		QuotaLimiter quota = base.quota();
		RateWindow day = quota.getWindows().stream().filter((w) -> w.name().equals("day")).findFirst().orElseThrow();

		template.files().getDownloadLink("/files/2021-03/a.pdf");
		template.files().getDownloadLink("/files/2021-03/a.pdf");
		assertThat(quota.availablePermissions(day)).isEqualTo(5000);

		template.getMetadata();
		assertThat(quota.availablePermissions(day)).isEqualTo(4999);
	}

}
