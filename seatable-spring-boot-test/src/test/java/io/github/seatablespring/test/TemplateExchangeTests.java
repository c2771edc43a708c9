package io.github.seatablespring.test;

import java.util.List;
import java.util.Map;

import io.github.seatablespring.SeaTableException;
import io.github.seatablespring.autoconfigure.SeaTableBases;
import io.github.seatablespring.core.SeaTableTemplate;
import io.github.seatablespring.ratelimit.QuotaLimiter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpMethod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The template's escape hatch: any gateway request with the base token, quota, retries
 * and errors applied.
 */
@SpringBootTest(classes = TemplateExchangeTests.App.class)
@EmbeddedSeaTable(resetAfterEachTest = true)
class TemplateExchangeTests {

	@Autowired
	private SeaTableTemplate seaTable;

	@Autowired
	private SeaTableBases bases;

	@Autowired
	private SeaTableEmulator emulator;

	@Autowired
	private EmulatedBase base;

	private String id;

	@BeforeEach
	void contacts() {
		this.base.createTable("Contacts", List.of(EmulatedColumn.of("Name", "text")));
		this.id = this.base.insertRows("Contacts", List.of(Map.of("Name", "Ann"))).get(0);
	}

	@Test
	void sendsAnyGatewayRequestAsTheBaseAndReturnsJsonOrAType() {
		JsonNode row = this.seaTable.exchange(HttpMethod.GET, "/rows/{row_id}/", Map.of("row_id", this.id),
				Map.of("table_name", "Contacts", "convert_keys", true), null);
		assertThat(row.path("Name").asString()).isEqualTo("Ann");
		Contact contact = this.seaTable.exchange(HttpMethod.GET, "/rows/{row_id}/", Map.of("row_id", this.id),
				Map.of("table_name", "Contacts", "convert_keys", true), null, Contact.class);
		assertThat(contact.Name()).isEqualTo("Ann");

		assertThat(this.emulator.journal()).filteredOn(RecordedRequest::isBaseOperation)
			.hasSize(2)
			.allSatisfy((request) -> {
				assertThat(request.path())
					.isEqualTo("/api-gateway/api/v2/dtables/" + this.base.uuid() + "/rows/" + this.id + "/");
				assertThat(request.header("Authorization")).startsWith("Bearer ");
			});
		QuotaLimiter quota = this.bases.quota("default").orElseThrow();
		assertThat(quota.availablePermissions(quota.getWindows().get(0))).isEqualTo(300 - 2);
	}

	@Test
	void errorsAreSeaTableExceptionsAnd429sAreRetried() {
		this.emulator.failNext(1, 503);
		assertThatExceptionOfType(SeaTableException.class)
			.isThrownBy(() -> this.seaTable.exchange(HttpMethod.POST, "/sql/", Map.of(), Map.of(),
					Map.of("sql", "SELECT Name FROM Contacts")))
			.satisfies((ex) -> assertThat(ex.getStatus()).hasValue(503));

		this.emulator.failNext(1, 429);
		JsonNode answer = this.seaTable.exchange(HttpMethod.POST, "/sql/", Map.of(), Map.of(),
				Map.of("sql", "SELECT Name FROM Contacts", "convert_keys", true));
		assertThat(answer.path("results").get(0).path("Name").asString()).isEqualTo("Ann");
	}

	@Test
	void pathsOutsideTheGatewayAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(
				() -> this.seaTable.exchange(HttpMethod.GET, "/../../api2/account/info/", Map.of(), Map.of(), null));
		assertThatIllegalArgumentException().isThrownBy(
				() -> this.seaTable.exchange(HttpMethod.GET, "https://evil.example/", Map.of(), Map.of(), null));
		assertThat(this.emulator.journal()).isEmpty();
	}

	record Contact(String Name) {
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class App {

	}

}
