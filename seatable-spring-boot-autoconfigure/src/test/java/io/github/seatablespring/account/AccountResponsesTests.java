package io.github.seatablespring.account;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import io.github.seatablespring.SeaTableMalformedResponseException;
import io.github.seatablespring.account.model.ApiToken;
import io.github.seatablespring.account.model.BaseInfo;
import io.github.seatablespring.account.model.Department;
import io.github.seatablespring.account.model.ExternalLink;
import io.github.seatablespring.account.model.Group;
import io.github.seatablespring.account.model.GroupMember;
import io.github.seatablespring.account.model.GroupShare;
import io.github.seatablespring.account.model.Permission;
import io.github.seatablespring.account.model.UserShare;
import io.github.seatablespring.account.model.Workspace;
import io.github.seatablespring.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The answers of the account operations in the shapes of the spec's examples and of the
 * answers a real server recorded (masked values such as {@code "int"}, lists cut to their
 * first element).
 */
class AccountResponsesTests {

	private static JsonNode json(String json) {
		return JsonMapper.shared().readTree(json);
	}

	@Test
	void recordedAccountInfoWithMaskedNumbersReads() {
		var info = AccountResponses.accountInfo(json("""
				{"api_calls_count":0,"avatar_url":"str","contact_email":"str","email":"str","institution":"",
				 "is_staff":false,"login_id":"str","name":"Test Person","row_total":"int","row_usage":"int",
				 "space_usage":"str","total":"int","usage":0}"""));
		assertThat(info.name()).isEqualTo("Test Person");
		assertThat(info.rowTotal()).isZero();
		assertThat(info.staff()).isFalse();
	}

	@Test
	void apiTokensReadFromTheWrapperAndFromARecordedSingleElement() {
		String token = """
				{"app_name":"My App","api_token":"%s","generated_by":"a@auth.local",
				 "generated_at":"2021-03-02T09:47:41+00:00","last_access":"str","permission":"r"}"""
			.formatted(TestTokens.API_TOKEN);
		assertThat(AccountResponses.list(json("{\"api_tokens\":[" + token + "]}"), "api_tokens",
				AccountResponses::apiToken))
			.singleElement()
			.satisfies((apiToken) -> {
				assertThat(apiToken.appName()).isEqualTo("My App");
				assertThat(apiToken.permission()).isEqualTo(Permission.READ_ONLY);
				assertThat(apiToken.generatedAt())
					.isEqualTo(OffsetDateTime.of(2021, 3, 2, 9, 47, 41, 0, ZoneOffset.UTC));
				assertThat(apiToken.lastAccess()).isNull();
			});
		assertThat(AccountResponses.list(json(token), "api_tokens", AccountResponses::apiToken))
			.extracting(ApiToken::token)
			.containsExactly(TestTokens.API_TOKEN);
		assertThat(AccountResponses.list(json("{\"api_tokens\":[]}"), "api_tokens", AccountResponses::apiToken))
			.isEmpty();
	}

	@Test
	void listBasesFlattensPersonalAndGroupBases() {
		var bases = AccountResponses.allBases(json("""
				{"personal":[{"id":562,"workspace_id":204,"uuid":"u1","name":"All types","creator":"M",
				  "modifier":"M","created_at":"2021-06-21T14:52:11+00:00","color":null,"icon":null}],
				 "groups":[{"group_id":51,"group_name":"Teachers","dtables":[{"id":466,"workspace_id":209,
				  "uuid":"u2","name":"CRM & Sales"}]}]}"""));
		assertThat(bases).extracting(BaseInfo::uuid, BaseInfo::workspaceId)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("u1", 204L),
					org.assertj.core.groups.Tuple.tuple("u2", 209L));
		assertThat(bases.get(0).color()).isNull();
	}

	@Test
	void workspacesWithBasesLeaveOutThePseudoEntries() {
		var workspaces = AccountResponses.workspaces(json("""
				{"workspace_list":[{"id":"","name":"starred","type":"starred","table_list":[{"id":1}]},
				 {"id":1,"name":"personal","type":"personal","table_list":[{"id":3,"workspace_id":1,"uuid":"u",
				  "name":"pt"}]}]}"""));
		assertThat(workspaces).singleElement().satisfies((workspace) -> {
			assertThat(workspace.name()).isEqualTo("personal");
			assertThat(workspace.groupId()).isNull();
			assertThat(workspace.bases()).extracting(BaseInfo::name).containsExactly("pt");
		});
		assertThat(AccountResponses.workspaces(json("{\"workspace_list\":\"list\"}"))).isEmpty();
		assertThat(Workspace.class).isNotNull();
	}

	@Test
	void groupsReadInTheSpecsAndInTheRecordedShape() {
		Group documented = AccountResponses.group(json("""
				{"id":1,"parent_group_id":0,"name":"Important Projects","owner":"o@auth.local",
				 "created_at":"2023-06-01T12:46:26+00:00","admins":["o@auth.local"]}"""));
		Group recorded = AccountResponses.group(json("""
				{"creator_email":"str","group_name":"Test Group","id":"int","size":"int"}"""));
		assertThat(documented.admins()).containsExactly("o@auth.local");
		assertThat(recorded.name()).isEqualTo("Test Group");
		GroupMember member = AccountResponses.groupMember(json("""
				{"name":"P","email":"a@auth.local","contact_email":"p@example.com","is_admin":1,"role":"owner"}"""));
		assertThat(member.admin()).isTrue();
	}

	@Test
	void sharesLinksDepartmentsAndSnapshotsRead() {
		assertThat(AccountResponses.list(
				json("""
						{"user_list":[{"email":"e@auth.local","name":"R","contact_email":"r@example.com","permission":"rw"}]}"""),
				"user_list", AccountResponses::userShare))
			.containsExactly(new UserShare("e@auth.local", "R", "r@example.com", "rw"));
		assertThat(AccountResponses.list(json("""
				{"dtable_group_share_list":[{"group_id":1,"group_name":"Service","permission":"r"}]}"""),
				"dtable_group_share_list", AccountResponses::groupShare))
			.containsExactly(new GroupShare(1, "Service", "r"));
		ExternalLink link = AccountResponses.externalLink(json("""
				{"url":"https://cloud.seatable.io/dtable/external-links/custom/x/","token":"x","is_custom":true,
				 "permission":"read-only","is_expired":false,"expire_date":"2021-06-17T14:28:12+00:00"}"""));
		assertThat(link.custom()).isTrue();
		assertThat(link.expiresAt()).isNotNull();
		assertThat(AccountResponses.list(json("""
				{"departments":[{"id":"int","id_in_org":"int","name":"automated-testing-top","org_id":-1,
				 "parent_id":"int"}]}"""), "departments", AccountResponses::department))
			.containsExactly(new Department(0, "automated-testing-top", 0));
		assertThat(AccountResponses.list(json("""
				{"snapshot_list":[{"dtable_name":"Example.dtable","commit_id":"7ee1",
				 "ctime":"2021-03-10T16:01:12+00:00"}],"page_info":{"has_next_page":true}}"""), "snapshot_list",
				AccountResponses::snapshot))
			.singleElement()
			.satisfies((snapshot) -> assertThat(snapshot.commitId()).isEqualTo("7ee1"));
	}

	@Test
	void aBaseTokenTakesItsExpiryFromTheJwtAndNeedsTokenAndUuid() {
		Instant expiry = Instant.parse("2030-01-01T00:00:00Z");
		String jwt = TestTokens.jwt(expiry, "x");
		AccountResponses responses = new AccountResponses(Clock.systemUTC());
		assertThat(responses.baseToken(json("{\"access_token\":\"" + jwt + "\",\"dtable_uuid\":\"u\"}")).expiresAt())
			.isEqualTo(expiry);
		assertThatExceptionOfType(SeaTableMalformedResponseException.class)
			.isThrownBy(() -> responses.baseToken(json("{\"access_token\":\"str\"}")))
			.withMessageContaining("dtable_uuid");
	}

	@Test
	void aCreatedBaseIsReadFromTableOrDtable() {
		assertThat(AccountResponses.wrappedBase(json("{\"table\":{\"id\":500,\"uuid\":\"a\"}}")).uuid()).isEqualTo("a");
		assertThat(AccountResponses.wrappedBase(json("{\"dtable\":{\"id\":978,\"uuid\":\"b\"}}")).uuid())
			.isEqualTo("b");
	}

}
