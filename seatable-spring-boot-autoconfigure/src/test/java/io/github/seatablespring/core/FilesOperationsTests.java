package io.github.seatablespring.core;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.github.seatablespring.SeaTableMalformedResponseException;
import io.github.seatablespring.SeaTableNotFoundException;
import io.github.seatablespring.model.CustomFileMetadata;
import io.github.seatablespring.model.CustomFolderListing;
import io.github.seatablespring.model.CustomUploadLink;
import io.github.seatablespring.model.UploadLink;
import io.github.seatablespring.testsupport.SeaTableStubs;
import io.github.seatablespring.testsupport.TestBases;
import io.github.seatablespring.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The file operations' requests (method, path, query, API token) and parsed answers, per
 * the spec.
 */
@WireMockTest
class FilesOperationsTests {

	private static final String TOKEN = "Token " + TestTokens.API_TOKEN;

	@Test
	void getUploadLinkSendsTheApiTokenAndReadsTheSpecsExample(WireMockRuntimeInfo wm) {
		wm.getWireMock().register(get(urlPathEqualTo("/api/v2.1/dtable/app-upload-link/")).willReturn(okJson("""
				{"upload_link":"https://cloud.seatable.io/seafhttp/upload-api/83e701c8-84ba-498c-91b1-ddb3789edb7e",
				 "workspace_id":42,"parent_path":"/asset/a275d870-fd55-48e4-8c4a-5fd6f2549765",
				 "img_relative_path":"images/2021-08","file_relative_path":"files/2021-08"}""")));

		UploadLink link = template(wm).files().getUploadLink();

		assertThat(link).isEqualTo(
				new UploadLink("https://cloud.seatable.io/seafhttp/upload-api/83e701c8-84ba-498c-91b1-ddb3789edb7e",
						"/asset/a275d870-fd55-48e4-8c4a-5fd6f2549765", "images/2021-08", "files/2021-08", "42"));
		assertThat(link.toString()).doesNotContain("83e701c8");
		wm.getWireMock()
			.verifyThat(1, getRequestedFor(urlPathEqualTo("/api/v2.1/dtable/app-upload-link/"))
				.withHeader("Authorization", equalTo(TOKEN)));
		wm.getWireMock().verifyThat(0, SeaTableStubs.tokenRequests());
	}

	@Test
	void getUploadLinkWithoutUploadLinkIsMalformed(WireMockRuntimeInfo wm) {
		wm.getWireMock()
			.register(get(urlPathEqualTo("/api/v2.1/dtable/app-upload-link/"))
				.willReturn(okJson("{\"upload_link\":\"str\"}")));

		assertThatExceptionOfType(SeaTableMalformedResponseException.class)
			.isThrownBy(() -> template(wm).files().getUploadLink())
			.withMessageContaining("parent_path");
	}

	@Test
	void getDownloadLinkTakesAnAssetPathOrACellUrl(WireMockRuntimeInfo wm) {
		wm.getWireMock()
			.register(get(urlPathEqualTo("/api/v2.1/dtable/app-download-link/")).willReturn(
					okJson("""
							{"download_link":"https://cloud.seatable.io/seafhttp/files/12345678-1234-4672-834c-4eca40dc104b/a%20b.png"}""")));
		FilesOperations files = template(wm).files();

		URI fromPath = files.getDownloadLink("/images/2021-03/a b.png");
		URI fromUrl = files.getDownloadLink(
				"https://cloud.seatable.io/workspace/24/asset/" + TestTokens.BASE_UUID + "/images/2021-03/a%20b.png");

		assertThat(fromPath).isEqualTo(fromUrl)
			.isEqualTo(URI
				.create("https://cloud.seatable.io/seafhttp/files/12345678-1234-4672-834c-4eca40dc104b/a%20b.png"));
		wm.getWireMock()
			.verifyThat(2,
					getRequestedFor(urlPathEqualTo("/api/v2.1/dtable/app-download-link/"))
						.withQueryParam("path", equalTo("/images/2021-03/a b.png"))
						.withHeader("Authorization", equalTo(TOKEN)));
	}

	@Test
	void getDownloadLinkOfAMissingFileIsNotFoundDespiteSeaTablesStatus400(WireMockRuntimeInfo wm) {
		// API_ISSUES #26: SeaTable answers 400 here, where deleting the same file answers
		// 404
		wm.getWireMock()
			.register(get(urlPathEqualTo("/api/v2.1/dtable/app-download-link/")).willReturn(aResponse().withStatus(400)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"error_msg\":\"path /files/2020-01/nonexistent.txt not found.\"}")));

		assertThatExceptionOfType(SeaTableNotFoundException.class)
			.isThrownBy(() -> template(wm).files().getDownloadLink("/files/2020-01/nonexistent.txt"))
			.satisfies((ex) -> {
				assertThat(ex.getStatus()).hasValue(400);
				assertThat(ex.getErrorMessage()).isEqualTo("path /files/2020-01/nonexistent.txt not found.");
				assertThat(ex.getMessage()).doesNotContain(TestTokens.API_TOKEN);
			});
	}

	@Test
	void deleteAssetSendsDeleteWithThePath(WireMockRuntimeInfo wm) {
		wm.getWireMock()
			.register(delete(urlPathEqualTo("/api/v2.1/dtable/app-asset/")).willReturn(okJson("{\"success\":true}")));

		template(wm).files().deleteAsset("/files/2021-03/report.pdf");

		wm.getWireMock()
			.verifyThat(1,
					deleteRequestedFor(urlPathEqualTo("/api/v2.1/dtable/app-asset/"))
						.withQueryParam("path", equalTo("/files/2021-03/report.pdf"))
						.withHeader("Authorization", equalTo(TOKEN)));
	}

	@Test
	void deleteOfAMissingAssetIsNotFound(WireMockRuntimeInfo wm) {
		wm.getWireMock()
			.register(delete(urlPathEqualTo("/api/v2.1/dtable/app-asset/")).willReturn(aResponse().withStatus(404)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"error_msg\":\"File not found.\"}")));

		StepVerifier.create(TestBases.reactiveTemplate(wm.getHttpBaseUrl()).files().deleteAsset("/files/2021-03/x.pdf"))
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(SeaTableNotFoundException.class)
				.hasMessageContaining("File not found."))
			.verify();
		// a DELETE is not replayed
		wm.getWireMock().verifyThat(1, deleteRequestedFor(urlPathEqualTo("/api/v2.1/dtable/app-asset/")));
	}

	@Test
	void listCustomFolderReadsFoldersAndFiles(WireMockRuntimeInfo wm) {
		wm.getWireMock().register(get(urlPathEqualTo("/api/v2.1/dtable/custom/app-asset-dir/")).willReturn(okJson("""
				{"dir":[{"name":"Invoices"},{"name":"Requests"}],"file":[{"name":"b347.pdf"}]}""")));

		CustomFolderListing listing = template(wm).files().listCustomFolder("/");

		assertThat(listing).isEqualTo(new CustomFolderListing(List.of("Invoices", "Requests"), List.of("b347.pdf")));
		wm.getWireMock()
			.verifyThat(1,
					getRequestedFor(urlPathEqualTo("/api/v2.1/dtable/custom/app-asset-dir/"))
						.withQueryParam("path", equalTo("/"))
						.withHeader("Authorization", equalTo(TOKEN)));
	}

	@Test
	void listCustomFolderToleratesMaskedValues(WireMockRuntimeInfo wm) {
		wm.getWireMock()
			.register(get(urlPathEqualTo("/api/v2.1/dtable/custom/app-asset-dir/"))
				.willReturn(okJson("{\"dir\":\"list\",\"file\":[{\"name\":\"str\"}]}")));

		assertThat(template(wm).files().listCustomFolder("Invoices"))
			.isEqualTo(new CustomFolderListing(List.of(), List.of("str")));
		// a folder path without a leading slash is sent with one
		wm.getWireMock()
			.verifyThat(1, getRequestedFor(urlPathEqualTo("/api/v2.1/dtable/custom/app-asset-dir/"))
				.withQueryParam("path", equalTo("/Invoices")));
	}

	@Test
	void getCustomFileMetadataSendsPathAndName(WireMockRuntimeInfo wm) {
		wm.getWireMock().register(get(urlPathEqualTo("/api/v2.1/dtable/custom/app-asset-file/")).willReturn(okJson("""
				{"dirent":{"is_file":true,"obj_name":"b347.pdf","file_size":11583,
				 "last_update":"2023-04-11T14:59:53+08:00","uuid":"2bbe9499-e1df-4086-bdd3-d130d6c91bd3"}}""")));

		CustomFileMetadata metadata = template(wm).files().getCustomFileMetadata("/Invoices", "b347.pdf");

		assertThat(metadata).isEqualTo(new CustomFileMetadata("b347.pdf", 11583,
				OffsetDateTime.parse("2023-04-11T14:59:53+08:00"), "2bbe9499-e1df-4086-bdd3-d130d6c91bd3", true));
		wm.getWireMock()
			.verifyThat(1,
					getRequestedFor(urlPathEqualTo("/api/v2.1/dtable/custom/app-asset-file/"))
						.withQueryParam("path", equalTo("/Invoices"))
						.withQueryParam("name", equalTo("b347.pdf"))
						.withHeader("Authorization", equalTo(TOKEN)));
	}

	@Test
	void deleteCustomAssetSendsDeleteWithThePathAndName(WireMockRuntimeInfo wm) {
		wm.getWireMock()
			.register(delete(urlPathEqualTo("/api/v2.1/dtable/custom/app-asset-file/"))
				.willReturn(okJson("{\"success\":true}")));

		template(wm).files().deleteCustomAsset("/supplierOne/b374.pdf");

		wm.getWireMock()
			.verifyThat(1,
					deleteRequestedFor(urlPathEqualTo("/api/v2.1/dtable/custom/app-asset-file/"))
						.withQueryParam("path", equalTo("/supplierOne/b374.pdf"))
						.withHeader("Authorization", equalTo(TOKEN)));
	}

	@Test
	void getCustomUploadLinkReadsTheDirent(WireMockRuntimeInfo wm) {
		wm.getWireMock()
			.register(get(urlPathEqualTo("/api/v2.1/dtable/custom/app-upload-link/")).willReturn(
					okJson("""
							{"dirent":{"upload_link":"https://cloud.seatable.io/seafhttp/upload-api/e943a56a-c5b3-441a-ac1d-9199819dec71",
							 "workspace_id":42,"parent_path":"/asset/1338f224-8482-4d71-b8be-63c8f37b896a/custom","relative_path":"/"}}""")));

		CustomUploadLink link = template(wm).files().getCustomUploadLink("/");

		assertThat(link).isEqualTo(new CustomUploadLink(
				"https://cloud.seatable.io/seafhttp/upload-api/e943a56a-c5b3-441a-ac1d-9199819dec71",
				"/asset/1338f224-8482-4d71-b8be-63c8f37b896a/custom", "/", "42"));
		wm.getWireMock()
			.verifyThat(1,
					getRequestedFor(urlPathEqualTo("/api/v2.1/dtable/custom/app-upload-link/"))
						.withQueryParam("path", equalTo("/"))
						.withHeader("Authorization", equalTo(TOKEN)));
	}

	@Test
	void getCustomDownloadLinkReadsTheDirent(WireMockRuntimeInfo wm) {
		wm.getWireMock()
			.register(get(urlPathEqualTo("/api/v2.1/dtable/custom/app-download-link/")).willReturn(
					okJson("""
							{"dirent":{"download_link":"https://cloud.seatable.io/seafhttp/files/a73e26e9-0417-4d98-bb5d-92826f4af671/b347.pdf"}}""")));

		URI link = template(wm).files().getCustomDownloadLink("/Invoices/b347.pdf");

		assertThat(link).isEqualTo(
				URI.create("https://cloud.seatable.io/seafhttp/files/a73e26e9-0417-4d98-bb5d-92826f4af671/b347.pdf"));
		wm.getWireMock()
			.verifyThat(1,
					getRequestedFor(urlPathEqualTo("/api/v2.1/dtable/custom/app-download-link/"))
						.withQueryParam("path", equalTo("/Invoices/b347.pdf"))
						.withHeader("Authorization", equalTo(TOKEN)));
	}

	@Test
	void badPathsFailBeforeAnyRequest(WireMockRuntimeInfo wm) {
		FilesOperations files = template(wm).files();

		assertThatIllegalArgumentException().isThrownBy(() -> files.getDownloadLink("/etc/passwd"))
			.withMessageContaining("not an asset path");
		assertThatIllegalArgumentException().isThrownBy(() -> files.deleteAsset("files/2021-03/a.pdf"))
			.withMessageContaining("not an asset path");
		assertThatIllegalArgumentException().isThrownBy(() -> files.listCustomFolder(" "))
			.withMessageContaining("folderPath");
		assertThatIllegalArgumentException().isThrownBy(() -> files.getCustomFileMetadata("/", ""))
			.withMessageContaining("fileName");
		assertThat(wm.getWireMock().getServeEvents()).isEmpty();
	}

	private static SeaTableTemplate template(WireMockRuntimeInfo wm) {
		return TestBases.template(wm.getHttpBaseUrl());
	}

}
