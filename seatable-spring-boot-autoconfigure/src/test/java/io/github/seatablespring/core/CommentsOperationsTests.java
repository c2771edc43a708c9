package io.github.seatablespring.core;

import java.time.OffsetDateTime;
import java.util.Map;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.github.seatablespring.SeaTableMalformedResponseException;
import io.github.seatablespring.SeaTableNotFoundException;
import io.github.seatablespring.model.Comment;
import io.github.seatablespring.testsupport.SeaTableStubs;
import io.github.seatablespring.testsupport.TestTokens;
import io.github.seatablespring.testsupport.WireMockBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

@WireMockTest
class CommentsOperationsTests {

	private static final String ROW_ID = "NAu2B3OcRG6UrWagL-9naA";

	private static final String GATEWAY = SeaTableStubs.GATEWAY;

	private WireMockBase base;

	@BeforeEach
	void setUp(WireMockRuntimeInfo wm) {
		this.base = new WireMockBase(wm);
	}

	@Test
	void listReadsTheBareArrayOfARowsComments() {
		this.base.wireMock().register(get(urlEqualTo(GATEWAY + "/comments/?row_id=" + ROW_ID)).willReturn(okJson("""
				[{"id":1,"author":"28d0@auth.local","comment":"This is good!","dtable_uuid":"650d8a0d",
				  "row_id":"NAu2B3OcRG6UrWagL-9naA","created_at":"2021-01-15T13:35:26.000Z",
				  "updated_at":"2021-01-15T13:36:00.000Z","resolved":0},
				 {"id":3,"author":"8cb2@auth.local","comment":"Agreed!","dtable_uuid":"650d8a0d",
				  "row_id":"NAu2B3OcRG6UrWagL-9naA","created_at":"2021-01-15T13:53:13.000Z",
				  "updated_at":"2021-01-15T13:53:13.000Z","resolved":1}]""")));

		assertThat(this.base.template().comments().list(ROW_ID))
			.containsExactly(new Comment(1, "28d0@auth.local", "This is good!", "650d8a0d", ROW_ID,
					OffsetDateTime.parse("2021-01-15T13:35:26Z"), OffsetDateTime.parse("2021-01-15T13:36:00Z"), false),
					new Comment(3, "8cb2@auth.local", "Agreed!", "650d8a0d", ROW_ID,
							OffsetDateTime.parse("2021-01-15T13:53:13Z"), OffsetDateTime.parse("2021-01-15T13:53:13Z"),
							true));
		this.base.wireMock()
			.verifyThat(1, getRequestedFor(urlEqualTo(GATEWAY + "/comments/?row_id=" + ROW_ID))
				.withHeader("Authorization", equalTo("Bearer " + this.base.jwt())));
	}

	@Test
	void listReadsTheRecordedMaskedShapeOnTheReactiveTwin() {
		// shaped like recorded/test_comments/test_listRowComments_multiple_comments.json
		this.base.wireMock().register(get(urlEqualTo(GATEWAY + "/comments/?row_id=" + ROW_ID)).willReturn(okJson("""
				[{"author":"str","comment":"First comment","created_at":"str","dtable_uuid":"str","id":"int",
				  "resolved":0,"row_id":"str","updated_at":"str"},
				 {"author":"str","comment":"Second comment","created_at":"str","dtable_uuid":"str","id":"int",
				  "resolved":0,"row_id":"str","updated_at":"str"}]""")));

		StepVerifier.create(this.base.reactive().comments().list(ROW_ID))
			.expectNext(new Comment(0, "str", "First comment", "str", "str", null, null, false))
			.expectNext(new Comment(0, "str", "Second comment", "str", "str", null, null, false))
			.verifyComplete();
	}

	@Test
	void getReadsOneCommentByIdOnBothTwins() {
		// shaped like recorded/test_comments/test_getComment.json, with the id unmasked
		this.base.wireMock().register(get(urlEqualTo(GATEWAY + "/comments/42/")).willReturn(okJson("""
				{"author":"str","comment":"Test comment from automated tests","created_at":"str",
				 "dtable_uuid":"str","id":42,"resolved":0,"row_id":"str","updated_at":"str"}""")));

		Comment comment = this.base.template().comments().get(42);
		assertThat(comment.id()).isEqualTo(42);
		assertThat(comment.comment()).isEqualTo("Test comment from automated tests");
		assertThat(comment.resolved()).isFalse();
		assertThat(comment.createdAt()).isNull();
		StepVerifier.create(this.base.reactive().comments().get(42)).expectNext(comment).verifyComplete();
		this.base.wireMock().verifyThat(2, getRequestedFor(urlEqualTo(GATEWAY + "/comments/42/")));
	}

	@Test
	void deleteSendsDeleteToTheCommentsPath() {
		this.base.wireMock()
			.register(delete(urlEqualTo(GATEWAY + "/comments/7/")).willReturn(okJson("{\"success\":true}")));

		this.base.template().comments().delete(7);
		StepVerifier.create(this.base.reactive().comments().delete(7)).verifyComplete();

		this.base.wireMock()
			.verifyThat(2, deleteRequestedFor(urlEqualTo(GATEWAY + "/comments/7/")).withHeader("Authorization",
					equalTo("Bearer " + this.base.jwt())));
	}

	@Test
	void deleteOfAnUnknownCommentFailsWithNotFound() {
		this.base.wireMock()
			.register(delete(urlEqualTo(GATEWAY + "/comments/9/")).willReturn(aResponse().withStatus(404)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"error_msg\":\"comment not found\"}")));

		assertThatExceptionOfType(SeaTableNotFoundException.class)
			.isThrownBy(() -> this.base.template().comments().delete(9))
			.satisfies((ex) -> assertThat(ex.getStatus()).hasValue(404))
			.withMessageNotContaining(this.base.jwt());
	}

	@Test
	void countReadsTheRowsCommentCount() {
		this.base.wireMock()
			.register(
					get(urlEqualTo(GATEWAY + "/comments-count/?row_id=" + ROW_ID)).willReturn(okJson("{\"count\":3}")));

		assertThat(this.base.template().comments().count(ROW_ID)).isEqualTo(3L);
		StepVerifier.create(this.base.reactive().comments().count(ROW_ID)).expectNext(3L).verifyComplete();
		this.base.wireMock().verifyThat(2, getRequestedFor(urlEqualTo(GATEWAY + "/comments-count/?row_id=" + ROW_ID)));
	}

	@Test
	void countWithoutANumberIsAMalformedAnswer() {
		this.base.wireMock()
			.register(get(urlEqualTo(GATEWAY + "/comments-count/?row_id=" + ROW_ID))
				.willReturn(okJson("{\"count\":\"int\"}")));

		assertThatExceptionOfType(SeaTableMalformedResponseException.class)
			.isThrownBy(() -> this.base.template().comments().count(ROW_ID))
			.withMessageContaining("count");
	}

	@Test
	void listWithinDaysSendsDaysAndReadsTheCommentsField() {
		// shaped like
		// recorded/test_comments/test_listCommentsWithinDays_multiple_comments.json
		this.base.wireMock()
			.register(get(urlEqualTo(GATEWAY + "/comments-within-days/?days=7")).willReturn(
					okJson("""
							{"comments":[
							  {"author":"str","comment":"First comment","created_at":"str","dtable_uuid":"str","id":"int",
							   "resolved":0,"row_id":"str","updated_at":"str"},
							  {"author":"a@auth.local","comment":"Second comment","created_at":"2021-03-09T15:54:22.000Z",
							   "dtable_uuid":"str","id":5,"resolved":true,"row_id":"Qtf7xPmoRaiFyQPO1aNTjA","updated_at":"str"}]}""")));

		assertThat(this.base.template().comments().listWithinDays(7)).extracting(Comment::comment)
			.containsExactly("First comment", "Second comment");
		StepVerifier.create(this.base.reactive().comments().listWithinDays(7).last())
			.expectNext(new Comment(5, "a@auth.local", "Second comment", "str", "Qtf7xPmoRaiFyQPO1aNTjA",
					OffsetDateTime.parse("2021-03-09T15:54:22Z"), null, true))
			.verifyComplete();
		this.base.wireMock().verifyThat(2, getRequestedFor(urlEqualTo(GATEWAY + "/comments-within-days/?days=7")));
	}

	@Test
	void countByRowCallsDtableWebOutsideTheGatewayWithTheBaseToken() {
		String path = "/api/v2.1/dtables/" + TestTokens.BASE_UUID + "/rows-comments-num/";
		this.base.wireMock().register(get(urlEqualTo(path)).willReturn(okJson("""
				{"rows_comments_num":{"H44KC2bvThyMFD4ZtcD_-A":2,"C0LWRVCHT0OoAGjoXBuKMA":1}}""")));

		assertThat(this.base.template().comments().countByRow())
			.isEqualTo(Map.of("H44KC2bvThyMFD4ZtcD_-A", 2L, "C0LWRVCHT0OoAGjoXBuKMA", 1L));
		this.base.wireMock()
			.verifyThat(1, getRequestedFor(urlEqualTo(path)).withHeader("Authorization",
					equalTo("Bearer " + this.base.jwt())));
		this.base.wireMock().verifyThat(0, getRequestedFor(SeaTableStubs.gateway("/rows-comments-num/")));
	}

	@Test
	void countByRowReadsTheRecordedEmptyAnswerOnTheReactiveTwin() {
		// recorded/test_comments/test_getNumberOfComments.json
		String path = "/api/v2.1/dtables/" + TestTokens.BASE_UUID + "/rows-comments-num/";
		this.base.wireMock().register(get(urlEqualTo(path)).willReturn(okJson("{\"rows_comments_num\":{}}")));

		StepVerifier.create(this.base.reactive().comments().countByRow()).expectNext(Map.of()).verifyComplete();
	}

	@Test
	void badArgumentsFailBeforeAnyRequest() {
		this.base.wireMock().register(any(anyUrl()).willReturn(okJson("{}")));
		CommentsOperations comments = this.base.template().comments();
		assertThatIllegalArgumentException().isThrownBy(() -> comments.list("short")).withMessageContaining("row id");
		assertThatIllegalArgumentException().isThrownBy(() -> comments.count("x".repeat(23)))
			.withMessageContaining("row id");
		assertThatIllegalArgumentException().isThrownBy(() -> comments.get(0)).withMessageContaining("at least 1");
		assertThatIllegalArgumentException().isThrownBy(() -> comments.delete(-1)).withMessageContaining("at least 1");
		assertThatIllegalArgumentException().isThrownBy(() -> comments.listWithinDays(0))
			.withMessageContaining("days must be at least 1");
		assertThatIllegalArgumentException().isThrownBy(() -> this.base.reactive().comments().list("bad id!"))
			.withMessageContaining("row id");
		assertThat(this.base.wireMock().getServeEvents()).isEmpty();
	}

}
