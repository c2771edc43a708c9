package io.github.seatablespring.core;

import java.time.OffsetDateTime;
import java.util.Map;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.github.seatablespring.SeaTableBadRequestException;
import io.github.seatablespring.model.Notification;
import io.github.seatablespring.model.ToastType;
import io.github.seatablespring.testsupport.SeaTableStubs;
import io.github.seatablespring.testsupport.WireMockBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

@WireMockTest
class NotificationsOperationsTests {

	private static final String NOTIFICATIONS = SeaTableStubs.GATEWAY + "/notifications/";

	private WireMockBase base;

	@BeforeEach
	void setUp(WireMockRuntimeInfo wm) {
		this.base = new WireMockBase(wm);
	}

	@Test
	void listReadsTheNotificationList() {
		this.base.wireMock().register(get(urlEqualTo(NOTIFICATIONS)).willReturn(okJson("""
				{"notification_list":[{"id":200,"username":"1234@auth.local","msg_type":"row_comment",
				  "created_at":"2021-02-25T10:38:14.000Z",
				  "detail":{"author":"244b@auth.local","table_id":"0000","row_id":"fS8qtN6FQ1uPOaNAC0Locw",
				            "comment":"Did you see this?"},
				  "seen":1}]}""")));

		assertThat(this.base.template().notifications().list()).containsExactly(new Notification(200, "1234@auth.local",
				"row_comment", OffsetDateTime.parse("2021-02-25T10:38:14Z"), Map.of("author", "244b@auth.local",
						"table_id", "0000", "row_id", "fS8qtN6FQ1uPOaNAC0Locw", "comment", "Did you see this?"),
				true));
		this.base.wireMock()
			.verifyThat(1, getRequestedFor(urlEqualTo(NOTIFICATIONS)).withHeader("Authorization",
					equalTo("Bearer " + this.base.jwt())));
	}

	@Test
	void listReadsTheRecordedShapesOnTheReactiveTwin() {
		// shaped like
		// recorded/test_notifications/test_listBaseNotifications_selected_collaborator.json
		this.base.wireMock().register(get(urlEqualTo(NOTIFICATIONS)).willReturn(okJson("""
				{"notification_list":[{"created_at":"str","detail":{"author":"str","row_id":"str","table_id":"str"},
				  "id":"int","msg_type":"selected_collaborator","seen":0,"username":"str"}]}""")));

		StepVerifier.create(this.base.reactive().notifications().list())
			.expectNext(new Notification(0, "str", "selected_collaborator", null,
					Map.of("author", "str", "row_id", "str", "table_id", "str"), false))
			.verifyComplete();
	}

	@Test
	void listReadsTheRecordedEmptyList() {
		// recorded/test_notifications/test_listBaseNotifications.json
		this.base.wireMock().register(get(urlEqualTo(NOTIFICATIONS)).willReturn(okJson("{\"notification_list\":[]}")));

		assertThat(this.base.template().notifications().list()).isEmpty();
	}

	@Test
	void markAllSeenSendsSeenAsAFormFieldNotAsJsonBoolean() {
		this.base.wireMock().register(put(urlEqualTo(NOTIFICATIONS)).willReturn(okJson("{\"success\":true}")));

		this.base.template().notifications().markAllSeen(true);
		StepVerifier.create(this.base.reactive().notifications().markAllSeen(false)).verifyComplete();

		this.base.wireMock()
			.verifyThat(1,
					putRequestedFor(urlEqualTo(NOTIFICATIONS))
						.withHeader("Content-Type", containing("application/x-www-form-urlencoded"))
						.withHeader("Authorization", equalTo("Bearer " + this.base.jwt()))
						.withRequestBody(equalTo("seen=true")));
		this.base.wireMock()
			.verifyThat(1,
					putRequestedFor(urlEqualTo(NOTIFICATIONS))
						.withHeader("Content-Type", containing("application/x-www-form-urlencoded"))
						.withRequestBody(equalTo("seen=false")));
	}

	@Test
	void markSeenSendsTheFormFieldToTheNotificationsPath() {
		String path = NOTIFICATIONS + "17/";
		this.base.wireMock().register(put(urlEqualTo(path)).willReturn(okJson("{\"success\":true}")));

		this.base.template().notifications().markSeen(17, false);
		StepVerifier.create(this.base.reactive().notifications().markSeen(17, true)).verifyComplete();

		this.base.wireMock()
			.verifyThat(1,
					putRequestedFor(urlEqualTo(path))
						.withHeader("Content-Type", containing("application/x-www-form-urlencoded"))
						.withRequestBody(equalTo("seen=false")));
		this.base.wireMock().verifyThat(1, putRequestedFor(urlEqualTo(path)).withRequestBody(equalTo("seen=true")));
	}

	@Test
	void deleteAllSendsDeleteWithoutBody() {
		this.base.wireMock().register(delete(urlEqualTo(NOTIFICATIONS)).willReturn(okJson("{\"success\":true}")));

		this.base.template().notifications().deleteAll();
		StepVerifier.create(this.base.reactive().notifications().deleteAll()).verifyComplete();

		this.base.wireMock().verifyThat(2, deleteRequestedFor(urlEqualTo(NOTIFICATIONS)));
		assertThat(this.base.wireMock().find(deleteRequestedFor(urlEqualTo(NOTIFICATIONS))))
			.allSatisfy((request) -> assertThat(request.getBody()).isEmpty());
	}

	@Test
	void sendToastPostsTheBodyTheSpecDefines() {
		String path = SeaTableStubs.GATEWAY + "/ui-toasts/";
		this.base.wireMock().register(post(urlEqualTo(path)).willReturn(okJson("{\"success\":true}")));

		this.base.template().notifications().sendToast("244b@auth.local", ToastType.SUCCESS, "hello world!");
		StepVerifier.create(this.base.reactive().notifications().sendToast("244b@auth.local", ToastType.ERROR, "oops"))
			.verifyComplete();

		this.base.wireMock().verifyThat(1, postRequestedFor(urlEqualTo(path)).withRequestBody(equalToJson("""
				{"to_user":"244b@auth.local","toast_type":"success","detail":{"msg":"hello world!"}}""")));
		this.base.wireMock().verifyThat(1, postRequestedFor(urlEqualTo(path)).withRequestBody(equalToJson("""
				{"to_user":"244b@auth.local","toast_type":"error","detail":{"msg":"oops"}}""")));
	}

	@Test
	void aServerRejectingTheToastBodySurfacesAsBadRequest() {
		// API issue 30: some servers answer the documented body with 400 "parameters
		// invalid"
		this.base.wireMock()
			.register(post(urlEqualTo(SeaTableStubs.GATEWAY + "/ui-toasts/")).willReturn(aResponse().withStatus(400)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"error_msg\":\"parameters invalid\"}")));

		assertThatExceptionOfType(SeaTableBadRequestException.class)
			.isThrownBy(() -> this.base.template().notifications().sendToast("u@auth.local", ToastType.WARNING, "hi"))
			.satisfies((ex) -> assertThat(ex.getErrorMessage()).isEqualTo("parameters invalid"));
		this.base.wireMock().verifyThat(1, postRequestedFor(urlEqualTo(SeaTableStubs.GATEWAY + "/ui-toasts/")));
	}

	@Test
	void badArgumentsFailBeforeAnyRequest() {
		this.base.wireMock().register(any(anyUrl()).willReturn(okJson("{}")));
		NotificationsOperations notifications = this.base.template().notifications();
		assertThatIllegalArgumentException().isThrownBy(() -> notifications.markSeen(0, true))
			.withMessageContaining("at least 1");
		assertThatIllegalArgumentException().isThrownBy(() -> notifications.sendToast(" ", ToastType.SUCCESS, "hi"))
			.withMessageContaining("toUser");
		assertThatIllegalArgumentException().isThrownBy(() -> notifications.sendToast("u@auth.local", null, "hi"))
			.withMessageContaining("type");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.base.reactive().notifications().sendToast("u@auth.local", ToastType.SUCCESS, ""))
			.withMessageContaining("message");
		assertThat(this.base.wireMock().getServeEvents()).isEmpty();
	}

}
