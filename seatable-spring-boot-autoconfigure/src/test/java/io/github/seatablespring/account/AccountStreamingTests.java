package io.github.seatablespring.account;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.github.seatablespring.SeaTableConnectionException;
import io.github.seatablespring.SeaTableNotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.binaryEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Exports stream as they arrive; uploads send the file's bytes as a multipart part. */
@WireMockTest
class AccountStreamingTests {

	private static final String EXPORT = "/api/v2.1/workspace/7/synchronous-export/export-dtable/";

	private WireMock wireMock;

	private String url;

	@BeforeEach
	void setUp(WireMockRuntimeInfo wm) {
		this.wireMock = wm.getWireMock();
		this.url = wm.getHttpBaseUrl();
		TestAccounts.stubLogin(this.wireMock);
	}

	@Test
	void anExportOfSeveralMegabytesArrivesWholeThroughTheBlockingInputStream() throws IOException {
		byte[] file = new byte[3 * 1024 * 1024];
		Arrays.fill(file, (byte) 'x');
		this.wireMock.register(get(urlPathEqualTo(EXPORT))
			.willReturn(aResponse().withBody(file).withHeader("Content-Type", "application/octet-stream")));

		try (InputStream export = TestAccounts.template(this.url).importExport().exportBase(7, "CRM", null, true)) {
			assertThat(export.readAllBytes()).hasSize(file.length);
		}
		this.wireMock.verifyThat(1, WireMock.getRequestedFor(urlEqualTo(EXPORT + "?dtable_name=CRM&ignore_asset=true"))
			.withHeader("Authorization", equalTo("Token " + TestAccounts.ACCOUNT_TOKEN)));
	}

	@Test
	void theReactiveTwinStreamsDataBuffers() {
		this.wireMock.register(get(urlPathEqualTo(EXPORT)).willReturn(aResponse().withBody("dtable-bytes")));

		StepVerifier
			.create(DataBufferUtils
				.join(TestAccounts.reactive(this.url).importExport().exportBase(7, "CRM", "pw", null))
				.map(AccountStreamingTests::text))
			.expectNext("dtable-bytes")
			.verifyComplete();
	}

	@Test
	void anExportErrorFailsBeforeAnyByteWithSeaTablesMessage() {
		this.wireMock.register(get(urlPathEqualTo(EXPORT))
			.willReturn(aResponse().withStatus(404).withBody("{\"error_msg\":\"dtable CRM not found.\"}")));

		assertThatExceptionOfType(SeaTableNotFoundException.class)
			.isThrownBy(() -> TestAccounts.template(this.url).importExport().exportBase(7, "CRM", null, null).read())
			.withMessageContaining("dtable CRM not found.");
	}

	@Test
	void aStalledExportFailsAfterTheTimeOutInsteadOfHanging() {
		this.wireMock.register(get(urlPathEqualTo(EXPORT))
			.willReturn(aResponse().withBody(new byte[4096]).withChunkedDribbleDelay(4, 8000)));
		SeaTableAccountTemplate account = new SeaTableAccountTemplate(
				TestAccounts.reactive(this.url, TestAccounts.login(), Duration.ofMillis(700)));

		assertThatExceptionOfType(SeaTableConnectionException.class).isThrownBy(() -> {
			try (InputStream export = account.importExport().exportBase(7, "CRM", null, null)) {
				export.readAllBytes();
			}
		}).withMessageContaining("(seatable.timeout)").withMessageContaining(EXPORT);
	}

	@Test
	void anImportSendsTheFilesBytesAsAMultipartPart() {
		String path = "/api/v2.1/workspace/7/synchronous-import/import-excel-csv-to-base/";
		this.wireMock.register(post(urlEqualTo(path)).willReturn(okJson("{\"success\":true}")));
		byte[] csv = "Name,City\nAda,London\n".getBytes(StandardCharsets.UTF_8);

		assertThat(TestAccounts.reactive(this.url).importExport().importBase(7, new ByteArrayResource(csv) {

			@Override
			public String getFilename() {
				return "customers.csv";
			}

		}, "Clients").block()).containsEntry("success", true);
		this.wireMock.verifyThat(1,
				postRequestedFor(urlEqualTo(path))
					.withAnyRequestBodyPart(aMultipart().withName("dtable").withBody(binaryEqualTo(csv)))
					.withAnyRequestBodyPart(aMultipart().withName("folder").withBody(equalTo("Clients"))));
	}

	@Test
	void aJsonAnswerOfSeveralMegabytesIsRead() {
		StringBuilder bases = new StringBuilder("{\"user_starred_dtable_list\":[");
		for (int i = 0; i < 20_000; i++) {
			bases.append((i > 0) ? "," : "")
				.append("{\"id\":")
				.append(i)
				.append(",\"workspace_id\":1,\"uuid\":\"u")
				.append(i)
				.append("\",\"name\":\"Base number ")
				.append(i)
				.append("\"}");
		}
		this.wireMock
			.register(get(urlEqualTo("/api/v2.1/starred-dtables/")).willReturn(okJson(bases.append("]}").toString())));

		assertThat(TestAccounts.template(this.url).bases().listFavorites()).hasSize(20_000);
	}

	private static String text(DataBuffer buffer) {
		String text = buffer.toString(StandardCharsets.UTF_8);
		DataBufferUtils.release(buffer);
		return text;
	}

}
