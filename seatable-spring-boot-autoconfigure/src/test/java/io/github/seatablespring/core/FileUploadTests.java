package io.github.seatablespring.core;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.seatablespring.SeaTableConnectionException;
import io.github.seatablespring.SeaTableException;
import io.github.seatablespring.SeaTableMalformedResponseException;
import io.github.seatablespring.SeaTablePermissionException;
import io.github.seatablespring.model.FileKind;
import io.github.seatablespring.model.UploadedAsset;
import io.github.seatablespring.testsupport.SeaTableStubs;
import io.github.seatablespring.testsupport.TestBases;
import io.github.seatablespring.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.core.io.ByteArrayResource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Uploads: the upload link is fetched with the API token from the SeaTable server, the
 * file is streamed to the upload host (another server here) without any token, and the
 * cell value is built as the spec describes.
 */
class FileUploadTests {

	@RegisterExtension
	static WireMockExtension seaTable = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	@RegisterExtension
	static WireMockExtension fileServer = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort())
		.build();

	private static final String UPLOAD_ID = "83e701c8-84ba-498c-91b1-ddb3789edb7e";

	private static final String UPLOAD_PATH = "/seafhttp/upload-api/" + UPLOAD_ID;

	private static final String PARENT = "/asset/" + TestTokens.BASE_UUID;

	private static final String ROW_ID = "Bko1e60YT-egit2SljWSZA";

	private static final int TWENTY_MB = 20 * 1024 * 1024;

	@Test
	void twentyMegabyteFileIsStreamedToTheUploadHostWithTheSpecsPartsAndNoToken(@TempDir Path dir) throws Exception {
		Path file = generate(dir.resolve("big.bin"), TWENTY_MB);
		stubUploadLink();
		stubUpload("[{\"name\":\"big.bin\",\"id\":\"b4356e3000d01a37b458524b59cecb1a5d23d964\",\"size\":" + TWENTY_MB
				+ "}]");
		SeaTableTemplate template = TestBases.template(seaTable.baseUrl());

		UploadedAsset value = template.files().upload("big.bin", file, FileKind.FILE);

		assertThat(value).isEqualTo(new UploadedAsset("big.bin", TWENTY_MB, FileKind.FILE,
				seaTable.baseUrl() + "/workspace/42" + PARENT + "/files/2021-08/big.bin"));
		assertThat(value.cellValue())
			.isEqualTo(Map.of("name", "big.bin", "size", (long) TWENTY_MB, "type", "file", "url", value.url()));
		seaTable.verify(1, getRequestedFor(urlPathEqualTo("/api/v2.1/dtable/app-upload-link/"))
			.withHeader("Authorization", equalTo("Token " + TestTokens.API_TOKEN)));
		// file operations need no base token
		seaTable.verify(0, SeaTableStubs.tokenRequests());

		LoggedRequest upload = singleUpload();
		assertThat(upload.getUrl()).isEqualTo(UPLOAD_PATH + "?ret-json=1");
		assertThat(upload.containsHeader("Authorization")).isFalse();
		assertThat(upload.getHeader("Content-Type")).startsWith("multipart/form-data");
		assertThat(text(upload.getPart("parent_dir"))).isEqualTo(PARENT);
		assertThat(text(upload.getPart("relative_path"))).isEqualTo("files/2021-08");
		assertThat(text(upload.getPart("replace"))).isEqualTo("0");
		Request.Part part = upload.getPart("file");
		assertThat(part.getHeader("Content-Disposition").firstValue()).contains("name=\"file\"")
			.contains("filename=\"big.bin\"");
		byte[] sent = part.getBody().asBytes();
		assertThat(sent).hasSize(TWENTY_MB);
		assertThat(sha256(sent)).isEqualTo(sha256(file));
	}

	@Test
	void imageFromAStreamGoesToTheImageFolderAndItsCellValueIsTheUrl() {
		stubUploadLink();
		stubUpload("[{\"name\":\"my logo(1).png\",\"id\":\"x\",\"size\":5}]");
		InputStream content = new ByteArrayInputStream("image".getBytes(StandardCharsets.UTF_8));

		UploadedAsset value = TestBases.template(seaTable.baseUrl())
			.files()
			.upload("my logo.png", content, FileKind.IMAGE);

		// the stored name (renamed by the server) ends up in the URL, encoded
		assertThat(value.url())
			.isEqualTo(seaTable.baseUrl() + "/workspace/42" + PARENT + "/images/2021-08/my%20logo(1).png");
		assertThat(value.cellValue()).isEqualTo(value.url());
		LoggedRequest upload = singleUpload();
		assertThat(text(upload.getPart("relative_path"))).isEqualTo("images/2021-08");
		assertThat(upload.getPart("file").getHeader("Content-Type").firstValue()).isEqualTo("image/png");
		assertThat(upload.getPart("file").getBody().asString()).isEqualTo("image");
	}

	@Test
	void uploadAndAttachAppendsToTheCellWhileBaseOperationsUseOnlyTheBearer() {
		String jwt = SeaTableStubs.stubToken(seaTable.getRuntimeInfo().getWireMock(),
				Instant.now().plus(3, ChronoUnit.DAYS));
		stubUploadLink();
		stubUpload("[{\"name\":\"b.pdf\",\"size\":7}]");
		seaTable.stubFor(get(SeaTableStubs.gateway("/rows/" + ROW_ID + "/")).willReturn(okJson("""
				{"_id":"%s","Files":[{"name":"a.pdf","size":3,"type":"file","url":"https://x/a.pdf"}]}"""
			.formatted(ROW_ID))));
		seaTable.stubFor(put(SeaTableStubs.gateway("/rows/")).willReturn(okJson("{\"success\":true}")));

		UploadedAsset value = TestBases.template(seaTable.baseUrl())
			.files()
			.uploadAndAttach("Table1", ROW_ID, "Files", "b.pdf", new ByteArrayResource(new byte[7]), FileKind.FILE);

		seaTable.verify(1, putRequestedFor(SeaTableStubs.gateway("/rows/")).withRequestBody(equalToJson("""
				{"table_name":"Table1","updates":[{"row_id":"%s","row":{"Files":[
				  {"name":"a.pdf","size":3,"type":"file","url":"https://x/a.pdf"},
				  {"name":"b.pdf","size":7,"type":"file","url":"%s"}]}}]}""".formatted(ROW_ID, value.url()))));
		// the API token only on /api/v2.1/dtable/ paths, the base token only on the
		// gateway
		for (LoggedRequest request : seaTable.getAllServeEvents().stream().map((e) -> e.getRequest()).toList()) {
			String authorization = request.getHeader("Authorization");
			if (request.getUrl().startsWith("/api/v2.1/dtable/")) {
				assertThat(authorization).isEqualTo("Token " + TestTokens.API_TOKEN);
			}
			else {
				assertThat(request.getUrl()).startsWith(SeaTableStubs.GATEWAY);
				assertThat(authorization).isEqualTo("Bearer " + jwt);
			}
		}
		assertThat(seaTable.getAllServeEvents()).hasSize(4);
		assertThat(singleUpload().containsHeader("Authorization")).isFalse();
	}

	@Test
	void attachToAnEmptyCellWritesAListWithTheImageUrl() {
		SeaTableStubs.stubToken(seaTable.getRuntimeInfo().getWireMock(), Instant.now().plus(3, ChronoUnit.DAYS));
		stubUploadLink();
		stubUpload("[{\"name\":\"p.png\",\"size\":1}]");
		seaTable.stubFor(get(SeaTableStubs.gateway("/rows/" + ROW_ID + "/"))
			.willReturn(okJson("{\"_id\":\"%s\",\"Photo\":null}".formatted(ROW_ID))));
		seaTable.stubFor(put(SeaTableStubs.gateway("/rows/")).willReturn(okJson("{\"success\":true}")));

		UploadedAsset value = TestBases.template(seaTable.baseUrl())
			.files()
			.uploadAndAttach("Table1", ROW_ID, "Photo", "p.png", new ByteArrayResource(new byte[1]), FileKind.IMAGE);

		seaTable.verify(1, putRequestedFor(SeaTableStubs.gateway("/rows/")).withRequestBody(equalToJson("""
				{"table_name":"Table1","updates":[{"row_id":"%s","row":{"Photo":["%s"]}}]}""".formatted(ROW_ID,
				value.url()))));
	}

	@Test
	void uploadFailureNamesNeitherTheUploadLinkNorTheApiToken() {
		stubUploadLink();
		fileServer.stubFor(post(urlPathEqualTo(UPLOAD_PATH))
			.willReturn(aResponse().withStatus(403).withBody("{\"error_msg\":\"Access denied\"}")));
		FilesOperations files = TestBases.template(seaTable.baseUrl()).files();

		assertThatExceptionOfType(SeaTablePermissionException.class)
			.isThrownBy(() -> files.upload("a.txt", new ByteArrayResource(new byte[1]), FileKind.FILE))
			.satisfies((ex) -> {
				assertThat(ex.getStatus()).hasValue(403);
				assertThat(ex.getErrorMessage()).isEqualTo("Access denied");
				assertThat(ex.getPath()).isEqualTo("/seafhttp/upload-api/{upload_link}");
				assertThat(ex.getMessage()).doesNotContain(UPLOAD_ID).doesNotContain(TestTokens.API_TOKEN);
			});
		// a POST upload is never replayed
		assertThat(fileServer.getAllServeEvents()).hasSize(1);
	}

	@Test
	void unreachableUploadHostFailsWithoutTheUploadLinkInTheMessage() {
		seaTable.stubFor(get(urlPathEqualTo("/api/v2.1/dtable/app-upload-link/"))
			.willReturn(okJson(uploadLinkJson("http://127.0.0.1:1" + UPLOAD_PATH))));
		FilesOperations files = TestBases.template(seaTable.baseUrl()).files();

		assertThatExceptionOfType(SeaTableException.class)
			.isThrownBy(() -> files.upload("a.txt", new ByteArrayResource(new byte[1]), FileKind.FILE))
			.satisfies((ex) -> {
				assertThat(ex.getStatus()).isEmpty();
				assertThat(ex.getMessage()).contains("file server").doesNotContain(UPLOAD_ID);
			});
	}

	@Test
	void htmlPageFromTheFileServerIsMalformedWithoutTheUploadLink() {
		stubUploadLink();
		fileServer.stubFor(post(urlPathEqualTo(UPLOAD_PATH)).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "text/html")
			.withBody("<html><body>Uploaded</body></html>")));

		assertUploadFails(SeaTableMalformedResponseException.class, OptionalInt.of(200));
	}

	@Test
	void answerCutMidBodyIsAConnectionFailureWithoutTheUploadLink() {
		stubUploadLink();
		fileServer.stubFor(
				post(urlPathEqualTo(UPLOAD_PATH)).willReturn(aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK)));

		assertUploadFails(SeaTableConnectionException.class, OptionalInt.empty());
	}

	/**
	 * The upload fails with {@code type}; neither message nor causes name the upload
	 * link; it was sent once.
	 */
	private static void assertUploadFails(Class<? extends SeaTableException> type, OptionalInt status) {
		FilesOperations files = TestBases.template(seaTable.baseUrl()).files();

		assertThatExceptionOfType(type)
			.isThrownBy(() -> files.upload("a.txt", new ByteArrayResource(new byte[1]), FileKind.FILE))
			.satisfies((ex) -> {
				assertThat(ex.getStatus()).isEqualTo(status);
				assertThat(ex.getPath()).isEqualTo("/seafhttp/upload-api/{upload_link}");
				StringWriter trace = new StringWriter();
				ex.printStackTrace(new PrintWriter(trace));
				assertThat(trace.toString()).doesNotContain(UPLOAD_ID).doesNotContain(TestTokens.API_TOKEN);
			});
		assertThat(fileServer.getAllServeEvents()).hasSize(1);
	}

	@Test
	void badArgumentsFailBeforeAnyRequest(@TempDir Path dir) {
		FilesOperations files = TestBases.template(seaTable.baseUrl()).files();
		ByteArrayResource content = new ByteArrayResource(new byte[1]);

		assertThatIllegalArgumentException().isThrownBy(() -> files.upload("", content, FileKind.FILE))
			.withMessageContaining("fileName");
		assertThatIllegalArgumentException().isThrownBy(() -> files.upload("a/b.txt", content, FileKind.FILE))
			.withMessageContaining("path separator");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> files.upload("a.txt", dir.resolve("missing.txt"), FileKind.FILE))
			.withMessageContaining("not a readable file");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> files.uploadAndAttach("T", "short", "Files", "a.txt", content, FileKind.FILE))
			.withMessageContaining("row id");
		assertThat(seaTable.getAllServeEvents()).isEmpty();
	}

	private static void stubUploadLink() {
		seaTable.stubFor(get(urlPathEqualTo("/api/v2.1/dtable/app-upload-link/"))
			.willReturn(okJson(uploadLinkJson(fileServer.baseUrl() + UPLOAD_PATH))));
	}

	private static String uploadLinkJson(String link) {
		return """
				{"upload_link":"%s","workspace_id":42,"parent_path":"%s",
				 "img_relative_path":"images/2021-08","file_relative_path":"files/2021-08"}""".formatted(link, PARENT);
	}

	private static void stubUpload(String answer) {
		fileServer.stubFor(post(urlPathEqualTo(UPLOAD_PATH)).willReturn(okJson(answer)));
	}

	private static LoggedRequest singleUpload() {
		List<LoggedRequest> uploads = fileServer.getAllServeEvents().stream().map((e) -> e.getRequest()).toList();
		assertThat(uploads).hasSize(1);
		return uploads.get(0);
	}

	private static String text(Request.Part part) {
		assertThat(part).isNotNull();
		return part.getBody().asString();
	}

	/** Writes {@code size} bytes of a repeating pattern, a buffer at a time. */
	private static Path generate(Path file, int size) throws IOException {
		byte[] buffer = new byte[64 * 1024];
		for (int i = 0; i < buffer.length; i++) {
			buffer[i] = (byte) (i % 251);
		}
		try (OutputStream out = Files.newOutputStream(file)) {
			for (int written = 0; written < size; written += buffer.length) {
				buffer[0] = (byte) (written >>> 16);
				out.write(buffer, 0, Math.min(buffer.length, size - written));
			}
		}
		return file;
	}

	private static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
		MessageDigest digest = MessageDigest.getInstance("SHA-256");
		try (InputStream in = Files.newInputStream(file)) {
			byte[] buffer = new byte[64 * 1024];
			for (int read = in.read(buffer); read != -1; read = in.read(buffer)) {
				digest.update(buffer, 0, read);
			}
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
	}

}
