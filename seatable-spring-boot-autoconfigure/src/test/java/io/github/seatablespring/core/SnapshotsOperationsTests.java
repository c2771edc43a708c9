package io.github.seatablespring.core;

import java.time.Instant;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.github.seatablespring.model.Snapshot;
import io.github.seatablespring.testsupport.SeaTableStubs;
import io.github.seatablespring.testsupport.WireMockBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

@WireMockTest
class SnapshotsOperationsTests {

	private static final String SNAPSHOT = SeaTableStubs.GATEWAY + "/snapshot/";

	private static final String CREATED = """
			{"status":"created","snapshot":{"dtable_uuid":"650d8a0d-7e27-46a8-8b18-6cc6f3dbvh46",
			 "dtable_name":"Example.dtable","commit_id":"1234567813a3e0950d4d4f32bd744137929cef23",
			 "ctime":1622111992159}}""";

	private WireMockBase base;

	@BeforeEach
	void setUp(WireMockRuntimeInfo wm) {
		this.base = new WireMockBase(wm);
	}

	@Test
	void createWithANameSendsDtableNameAndReadsTheSnapshot() {
		this.base.wireMock().register(post(urlEqualTo(SNAPSHOT)).willReturn(okJson(CREATED)));

		Snapshot snapshot = this.base.template().snapshots().create("Example");

		assertThat(snapshot).isEqualTo(new Snapshot("created", "650d8a0d-7e27-46a8-8b18-6cc6f3dbvh46", "Example.dtable",
				"1234567813a3e0950d4d4f32bd744137929cef23", Instant.ofEpochMilli(1622111992159L)));
		this.base.wireMock()
			.verifyThat(1,
					postRequestedFor(urlEqualTo(SNAPSHOT))
						.withHeader("Authorization", equalTo("Bearer " + this.base.jwt()))
						.withRequestBody(equalToJson("{\"dtable_name\":\"Example\"}")));
	}

	@Test
	void createWithoutANameSendsAnEmptyObjectOnTheReactiveTwin() {
		this.base.wireMock().register(post(urlEqualTo(SNAPSHOT)).willReturn(okJson(CREATED)));

		StepVerifier.create(this.base.reactive().snapshots().create().map(Snapshot::commitId))
			.expectNext("1234567813a3e0950d4d4f32bd744137929cef23")
			.verifyComplete();
		this.base.wireMock().verifyThat(1, postRequestedFor(urlEqualTo(SNAPSHOT)).withRequestBody(equalToJson("{}")));
	}

	@Test
	void anAnswerWithoutSnapshotReadsAsEmptyFields() {
		this.base.wireMock()
			.register(post(urlEqualTo(SNAPSHOT)).willReturn(okJson("{\"status\":\"str\",\"snapshot\":\"dict\"}")));

		assertThat(this.base.template().snapshots().create()).isEqualTo(new Snapshot("str", "", "", "", null));
	}

	@Test
	void anEmptyNameFailsBeforeAnyRequest() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.base.template().snapshots().create(" "))
			.withMessageContaining("baseName");
		assertThat(this.base.wireMock().getServeEvents()).isEmpty();
	}

}
