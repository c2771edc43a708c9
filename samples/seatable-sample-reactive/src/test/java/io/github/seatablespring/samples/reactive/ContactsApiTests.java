package io.github.seatablespring.samples.reactive;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import io.github.seatablespring.test.EmbeddedSeaTable;
import io.github.seatablespring.test.EmulatedBase;
import io.github.seatablespring.test.RecordedRequest;
import io.github.seatablespring.test.SeaTableEmulator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The REST API on an embedded SeaTable: what clients get, and what reaches SeaTable. */
@SpringBootTest
@EmbeddedSeaTable(baseName = "Contacts API")
class ContactsApiTests {

	private static final int CONTACTS = 2345;

	@Autowired
	ApplicationContext context;

	@Autowired
	SeaTableEmulator emulator;

	@Autowired
	EmulatedBase base;

	@Autowired
	ContactsController controller;

	WebTestClient client;

	@BeforeEach
	void seed() {
		EmbeddedContacts.seed(this.base, CONTACTS);
		this.client = WebTestClient.bindToApplicationContext(this.context).build();
		this.emulator.clearJournal();
	}

	@Test
	void streamsEveryContactAsNdjsonInThreePageRequests() {
		List<Contact> contacts = this.client.get()
			.uri("/contacts")
			.accept(MediaType.APPLICATION_NDJSON)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_NDJSON)
			.returnResult(Contact.class)
			.getResponseBody()
			.collectList()
			.block();

		assertThat(contacts).hasSize(CONTACTS);
		assertThat(contacts.get(0))
			.isEqualTo(new Contact(contacts.get(0).id(), "Anna Becker 0", "anna.becker0@example.com", "Berlin", 12));
		assertThat(contacts.get(CONTACTS - 1).name()).endsWith(" " + (CONTACTS - 1));
		assertThat(contacts).extracting(Contact::id).doesNotContainNull().doesNotHaveDuplicates();
		// pages of 1,000: 1,000 + 1,000 + 345, the short page ends the stream
		List<RecordedRequest> pages = rowRequests();
		assertThat(pages).allSatisfy((page) -> {
			assertThat(page.queryParam("table_name")).isEqualTo("Contacts");
			assertThat(page.queryParam("limit")).isEqualTo("1000");
		});
		assertThat(pages).extracting((page) -> page.queryParam("start")).containsExactly("0", "1000", "2000");
	}

	@Test
	void streamFetchesTheNextPageOnlyWhenTheClientWantsMore() {
		StepVerifier.create(this.controller.all(), 0).thenRequest(5).expectNextCount(5).thenCancel().verify();

		assertThat(rowRequests()).hasSize(1);
	}

	@Test
	void searchSendsCityAndAgeAsSqlParametersAndAnswersTheMatchingContacts() {
		List<Contact> found = this.client.get()
			.uri("/contacts/search?city={city}&minAge={age}", "Munich", 70)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBodyList(Contact.class)
			.returnResult()
			.getResponseBody();

		List<String> expected = EmbeddedContacts.contacts(CONTACTS)
			.stream()
			.filter((row) -> row.get("City").equals("Munich") && (int) row.get("Age") >= 70)
			.map((row) -> (String) row.get("Name"))
			.toList();
		assertThat(expected).hasSizeGreaterThan(10);
		assertThat(found).extracting(Contact::name)
			.containsExactlyInAnyOrderElementsOf(expected)
			.isSortedAccordingTo(Comparator.naturalOrder());
		assertThat(found).allSatisfy((contact) -> {
			assertThat(contact.id()).isNotNull();
			assertThat(contact.city()).isEqualTo("Munich");
			assertThat(contact.age()).isGreaterThanOrEqualTo(70);
		});

		List<RecordedRequest> sql = this.emulator.journal()
			.stream()
			.filter((request) -> request.path().endsWith("/sql/"))
			.toList();
		assertThat(sql).hasSize(1);
		JsonNode body = JsonMapper.shared().readTree(sql.get(0).body());
		assertThat(body.path("sql").stringValue()).contains("WHERE City = ? AND Age >= ?")
			.doesNotContain("Munich")
			.doesNotContain("70");
		assertThat(body.path("parameters").toString()).isEqualTo("[\"Munich\",70]");
	}

	@Test
	void searchWithoutCriteriaIsABadRequestAndSendsNothing() {
		this.client.get().uri("/contacts/search").exchange().expectStatus().isBadRequest();

		assertThat(this.emulator.journal()).noneMatch(RecordedRequest::isBaseOperation);
	}

	@Test
	void postAppendsOneContactAndAnswersItWithItsId() {
		Contact created = this.client.post()
			.uri("/contacts")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("name", "Zoe Neu", "email", "zoe@example.com", "city", "Dresden", "age", 33))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(Contact.class)
			.returnResult()
			.getResponseBody();

		assertThat(created.id()).isNotBlank();
		assertThat(created).isEqualTo(new Contact(created.id(), "Zoe Neu", "zoe@example.com", "Dresden", 33));
		List<RecordedRequest> appends = this.emulator.journal()
			.stream()
			.filter((request) -> request.method().equals("POST") && request.path().endsWith("/rows/"))
			.toList();
		assertThat(appends).hasSize(1);
		assertThat(JsonMapper.shared().readTree(appends.get(0).body())).isEqualTo(JsonMapper.shared()
			.readTree("{\"table_name\":\"Contacts\",\"rows\":[{\"Name\":\"Zoe Neu\",\"Email\":\"zoe@example.com\","
					+ "\"City\":\"Dresden\",\"Age\":33}]}"));
		List<Map<String, Object>> rows = this.base.rows(ContactsController.TABLE);
		assertThat(rows).hasSize(CONTACTS + 1);
		Map<String, Object> last = rows.get(CONTACTS);
		assertThat(last).containsEntry("_id", created.id()).containsEntry("Name", "Zoe Neu").containsEntry("Age", 33L);
	}

	private List<RecordedRequest> rowRequests() {
		return this.emulator.journal()
			.stream()
			.filter((request) -> request.method().equals("GET") && request.path().endsWith("/rows/"))
			.toList();
	}

}
