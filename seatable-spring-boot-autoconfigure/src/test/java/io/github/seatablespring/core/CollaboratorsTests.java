package io.github.seatablespring.core;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.github.seatablespring.SeaTableMalformedResponseException;
import io.github.seatablespring.model.Collaborator;
import io.github.seatablespring.testsupport.SeaTableStubs;
import io.github.seatablespring.testsupport.TestBases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@WireMockTest
class CollaboratorsTests {

	private static final String RELATED_USERS = SeaTableStubs.GATEWAY + "/related-users/";

	private WireMock wireMock;

	private String jwt;

	private SeaTableTemplate template;

	private ReactiveSeaTableTemplate reactive;

	@BeforeEach
	void setUp(WireMockRuntimeInfo wm) {
		this.wireMock = wm.getWireMock();
		this.jwt = SeaTableStubs.stubToken(this.wireMock, Instant.now().plus(3, ChronoUnit.DAYS));
		this.template = TestBases.template(wm.getHttpBaseUrl());
		this.reactive = TestBases.reactiveTemplate(wm.getHttpBaseUrl());
	}

	@Test
	void getCollaboratorsReadsTheUserList() {
		this.wireMock.register(get(urlEqualTo(RELATED_USERS)).willReturn(okJson("""
				{"user_list":[
				  {"email":"244b@auth.local","name":"Ginger Ale","contact_email":"gingerale@example.com",
				   "avatar_url":"https://cloud.seatable.io/media/avatars/default.png"},
				  {"email":"8cb2@auth.local","name":"Jasmin Tee","contact_email":null,
				   "avatar_url":"https://cloud.seatable.io/media/avatars/default.png"}]}""")));

		assertThat(this.template.getCollaborators()).containsExactly(
				new Collaborator("244b@auth.local", "Ginger Ale", "gingerale@example.com",
						"https://cloud.seatable.io/media/avatars/default.png"),
				new Collaborator("8cb2@auth.local", "Jasmin Tee", "",
						"https://cloud.seatable.io/media/avatars/default.png"));
		this.wireMock.verifyThat(1, getRequestedFor(urlEqualTo(RELATED_USERS))
			.withHeader("Authorization", equalTo("Bearer " + this.jwt)));
	}

	@Test
	void getCollaboratorsReadsTheRecordedShapeOnTheReactiveTwin() {
		// shaped like recorded/test_metadata/test_listCollaborators.json: extra fields are ignored
		this.wireMock.register(get(urlEqualTo(RELATED_USERS)).willReturn(okJson("""
				{"user_list":[{"avatar_url":"str","contact_email":"str","email":"str","id_in_org":"",
				  "is_admin":true,"name":"str","name_pinyin":"str"}]}""")));

		StepVerifier.create(this.reactive.getCollaborators())
			.expectNext(List.of(new Collaborator("str", "str", "str", "str")))
			.verifyComplete();
	}

	@Test
	void anAnswerWithoutUserListIsMalformed() {
		this.wireMock.register(get(urlEqualTo(RELATED_USERS)).willReturn(okJson("{\"users\":[]}")));

		assertThatExceptionOfType(SeaTableMalformedResponseException.class)
			.isThrownBy(() -> this.template.getCollaborators())
			.withMessageContaining("user_list");
	}

}
