package io.github.seatablespring.core;

import java.util.List;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.github.seatablespring.SeaTableMalformedResponseException;
import io.github.seatablespring.model.Collaborator;
import io.github.seatablespring.testsupport.SeaTableStubs;
import io.github.seatablespring.testsupport.WireMockBase;
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

	private WireMockBase base;

	@BeforeEach
	void setUp(WireMockRuntimeInfo wm) {
		this.base = new WireMockBase(wm);
	}

	@Test
	void getCollaboratorsReadsTheUserList() {
		this.base.wireMock().register(get(urlEqualTo(RELATED_USERS)).willReturn(okJson("""
				{"user_list":[
				  {"email":"244b@auth.local","name":"Ginger Ale","contact_email":"gingerale@example.com",
				   "avatar_url":"https://cloud.seatable.io/media/avatars/default.png"},
				  {"email":"8cb2@auth.local","name":"Jasmin Tee","contact_email":null,
				   "avatar_url":"https://cloud.seatable.io/media/avatars/default.png"}]}""")));

		assertThat(this.base.template().getCollaborators()).containsExactly(
				new Collaborator("244b@auth.local", "Ginger Ale", "gingerale@example.com",
						"https://cloud.seatable.io/media/avatars/default.png"),
				new Collaborator("8cb2@auth.local", "Jasmin Tee", "",
						"https://cloud.seatable.io/media/avatars/default.png"));
		this.base.wireMock()
			.verifyThat(1, getRequestedFor(urlEqualTo(RELATED_USERS)).withHeader("Authorization",
					equalTo("Bearer " + this.base.jwt())));
	}

	@Test
	void getCollaboratorsReadsTheRecordedShapeOnTheReactiveTwin() {
		// shaped like recorded/test_metadata/test_listCollaborators.json: extra fields
		// are ignored
		this.base.wireMock().register(get(urlEqualTo(RELATED_USERS)).willReturn(okJson("""
				{"user_list":[{"avatar_url":"str","contact_email":"str","email":"str","id_in_org":"",
				  "is_admin":true,"name":"str","name_pinyin":"str"}]}""")));

		StepVerifier.create(this.base.reactive().getCollaborators())
			.expectNext(List.of(new Collaborator("str", "str", "str", "str")))
			.verifyComplete();
	}

	@Test
	void anAnswerWithoutUserListIsMalformed() {
		this.base.wireMock().register(get(urlEqualTo(RELATED_USERS)).willReturn(okJson("{\"users\":[]}")));

		assertThatExceptionOfType(SeaTableMalformedResponseException.class)
			.isThrownBy(() -> this.base.template().getCollaborators())
			.withMessageContaining("user_list");
	}

}
