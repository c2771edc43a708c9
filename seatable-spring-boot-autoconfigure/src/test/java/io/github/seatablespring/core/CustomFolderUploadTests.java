package io.github.seatablespring.core;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.seatablespring.model.FileKind;
import io.github.seatablespring.model.UploadedAsset;
import io.github.seatablespring.testsupport.TestBases;
import io.github.seatablespring.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ByteArrayResource;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Upload into a custom folder: custom upload link, upload without token, then the file's
 * uuid for the cell URL.
 */
@WireMockTest
class CustomFolderUploadTests {

	private static final String UPLOAD_PATH = "/seafhttp/upload-api/e943a56a-c5b3-441a-ac1d-9199819dec71";

	@Test
	void uploadToCustomFolderReturnsACustomAssetUrl(WireMockRuntimeInfo wm) {
		wm.getWireMock()
			.register(get(urlPathEqualTo("/api/v2.1/dtable/custom/app-upload-link/")).willReturn(okJson("""
					{"dirent":{"upload_link":"%s","workspace_id":42,
					 "parent_path":"/asset/1338f224-8482-4d71-b8be-63c8f37b896a/custom","relative_path":"Invoices"}}"""
				.formatted(wm.getHttpBaseUrl() + UPLOAD_PATH))));
		wm.getWireMock()
			.register(post(urlPathEqualTo(UPLOAD_PATH))
				.willReturn(okJson("[{\"name\":\"b347(1).pdf\",\"id\":\"x\",\"size\":4}]")));
		wm.getWireMock().register(get(urlPathEqualTo("/api/v2.1/dtable/custom/app-asset-file/")).willReturn(okJson("""
				{"dirent":{"is_file":true,"obj_name":"b347(1).pdf","file_size":4,"last_update":"str",
				 "uuid":"2bbe9499-e1df-4086-bdd3-d130d6c91bd3"}}""")));

		UploadedAsset value = TestBases.template(wm.getHttpBaseUrl())
			.files()
			.uploadToCustomFolder("/Invoices", "b347.pdf", new ByteArrayResource("%PDF".getBytes()));

		assertThat(value).isEqualTo(new UploadedAsset("b347(1).pdf", 4, FileKind.FILE,
				"custom-asset://2bbe9499-e1df-4086-bdd3-d130d6c91bd3.pdf"));
		LoggedRequest upload = wm.getWireMock().find(postRequestedFor(urlPathEqualTo(UPLOAD_PATH))).get(0);
		assertThat(upload.getUrl()).isEqualTo(UPLOAD_PATH + "?ret-json=1");
		assertThat(upload.containsHeader("Authorization")).isFalse();
		assertThat(upload.getPart("parent_dir").getBody().asString())
			.isEqualTo("/asset/1338f224-8482-4d71-b8be-63c8f37b896a/custom");
		assertThat(upload.getPart("relative_path").getBody().asString()).isEqualTo("Invoices");
		assertThat(upload.getPart("replace").getBody().asString()).isEqualTo("0");
		assertThat(upload.getPart("file").getBody().asString()).isEqualTo("%PDF");
		// the metadata is asked for under the name the server stored
		wm.getWireMock()
			.verifyThat(1,
					getRequestedFor(urlPathEqualTo("/api/v2.1/dtable/custom/app-asset-file/"))
						.withQueryParam("path", equalTo("/Invoices"))
						.withQueryParam("name", equalTo("b347(1).pdf"))
						.withHeader("Authorization", equalTo("Token " + TestTokens.API_TOKEN)));
	}

}
