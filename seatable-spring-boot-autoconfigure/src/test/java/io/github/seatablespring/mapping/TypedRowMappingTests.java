package io.github.seatablespring.mapping;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.seatablespring.model.DigitalSignature;
import io.github.seatablespring.model.FileValue;
import io.github.seatablespring.model.Geolocation;
import io.github.seatablespring.model.LinkValue;
import io.github.seatablespring.model.Row;
import io.github.seatablespring.model.ValueConverter;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Rows of the recorded getRow and listRows answers (masked values replaced by real ones
 * of the same shape) mapped to records with a property for every column type, and written
 * back.
 */
class TypedRowMappingTests {

	/** The recorded getRow answer of the column-type base. */
	static final String GET_ROW = """
			{
			  "_archived": false,
			  "_creator": "145504ae043c438cbb55f2afb084d586@auth.local",
			  "_ctime": "2021-02-09T12:23:17.761+00:00",
			  "_id": "Qtf7xPmoRaiFyQPO1aENTj",
			  "_last_modifier": "145504ae043c438cbb55f2afb084d586@auth.local",
			  "_locked": null,
			  "_locked_by": null,
			  "_mtime": "2021-03-10T16:19:31+00:00",
			  "auto-number-integer": "0001",
			  "auto-number-string-prefix": "row-0001",
			  "checkbox": true,
			  "collaborator": ["24ab2@auth.local", "98a3@auth.local"],
			  "date-german": "2030-06-20T00:00:00+02:00",
			  "date-german-hours-minutes": "2030-06-20T23:55:00+02:00",
			  "date-us-hours-minutes": "2024-06-05T23:55:00+02:00",
			  "digital-sign": {
			    "sign_image_url": "https://admin.seatable.com/assets/SeaTable256-256.png",
			    "sign_time": "2024-06-05T13:28:56.090+00:00",
			    "username": "some-user@auth.local"
			  },
			  "duration-hours-minutes": 5400,
			  "duration-hours-minutes-seconds": 5430,
			  "email": "example@seatable.io",
			  "formula": "2031-06-20T00:00:00+02:00",
			  "formula-boolean-return-value": false,
			  "formula-float-return-value": 3.9000000000000004,
			  "formula-integer-return-value": 3,
			  "geolocation-country-region": { "country_region": "Germany" },
			  "geolocation-lat-lon": { "lat": 50, "lng": 8.23 },
			  "long-text": "## Heading\\n- Item 1\\n- Item 2",
			  "multiple-select": ["option-1", "option-2"],
			  "number": 499.99,
			  "number-euro": 5.23,
			  "number-percent": 5,
			  "rate": 7,
			  "single-select": "option-1",
			  "text": "ABC",
			  "url": "https://seatable.com"
			}""";

	/** A row of the recorded listRows answer of the links table. */
	static final String LINKS_ROW = """
			{
			  "_id": "Bko1e60YT-egit2SljWSZA",
			  "link": [
			    { "display_value": 1.1, "row_id": "aG-P7aRoSPi_wauvv60fsA" },
			    { "display_value": "Google News", "row_id": "Mr-3QnQ5Q-eeEqFBevtOkw" }
			  ],
			  "link-formula-countlinks": 6,
			  "link-formula-lookup": [1.1, 1.1, 1.2],
			  "link-formula-rollup-concatenate": "1.1 1.1 1.2",
			  "number": 2.1
			}""";

	/** A row of the recorded listRows answer of the files and images table. */
	static final String FILES_ROW = """
			{
			  "_id": "Bko1e60YT-egit2SljWSZA",
			  "files": [
			    { "name": "test.txt", "size": 12, "type": "file",
			      "url": "https://cloud.seatable.io/workspace/9/asset/91a1/files/2023-03/test.txt" }
			  ],
			  "images": ["https://cloud.seatable.io/workspace/9/asset/91a1/images/2023-03/cover.png"],
			  "text": null
			}""";

	private static final JsonMapper SORTED = JsonMapper.builder()
		.enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
		.build();

	private final JsonMapper mapper = SeaTableMapping.rowMapper(JsonMapper.shared());

	@Test
	void everyColumnTypeOfTheRecordedRowMapsToItsJavaType() {
		EveryType row = row(GET_ROW).as(EveryType.class);

		assertThat(row.id()).isEqualTo("Qtf7xPmoRaiFyQPO1aENTj");
		assertThat(row.archived()).isFalse();
		assertThat(row.creator()).isEqualTo("145504ae043c438cbb55f2afb084d586@auth.local");
		assertThat(row.ctime()).isEqualTo(OffsetDateTime.parse("2021-02-09T12:23:17.761Z"));
		assertThat(row.autoNumber()).isEqualTo("0001");
		assertThat(row.checkbox()).isTrue();
		assertThat(row.collaborators()).containsExactly("24ab2@auth.local", "98a3@auth.local");
		// dates stay on their day in the base's time zone (+02:00), not the UTC day
		// before
		assertThat(row.date()).isEqualTo(LocalDate.of(2030, 6, 20));
		assertThat(row.dateTime()).isEqualTo(OffsetDateTime.parse("2030-06-20T23:55:00+02:00"));
		assertThat(row.dateTime().getOffset().getTotalSeconds()).isEqualTo(7200);
		assertThat(row.localDateTime()).isEqualTo(LocalDateTime.of(2024, 6, 5, 23, 55));
		assertThat(row.signature()).isEqualTo(
				new DigitalSignature("some-user@auth.local", "https://admin.seatable.com/assets/SeaTable256-256.png",
						OffsetDateTime.parse("2024-06-05T13:28:56.090+00:00")));
		assertThat(row.duration()).isEqualTo(Duration.ofMinutes(90));
		assertThat(row.durationWithSeconds()).isEqualTo(Duration.ofSeconds(5430));
		assertThat(row.formula()).isEqualTo("2031-06-20T00:00:00+02:00");
		assertThat(row.formulaBoolean()).isFalse();
		assertThat(row.formulaFloat()).isEqualTo(3.9000000000000004);
		assertThat(row.country()).isEqualTo(Geolocation.countryRegion("Germany"));
		assertThat(row.point().lat()).isEqualByComparingTo("50");
		assertThat(row.point().lng()).isEqualByComparingTo("8.23");
		assertThat(row.longText()).isEqualTo("## Heading\n- Item 1\n- Item 2");
		assertThat(row.tags()).containsExactly(Option.ONE, Option.TWO);
		assertThat(row.number()).isEqualByComparingTo("499.99");
		assertThat(row.percent()).isEqualTo(5);
		assertThat(row.rate()).isEqualTo(7);
		assertThat(row.status()).isEqualTo("option-1");
		assertThat(row.text()).isEqualTo("ABC");
		assertThat(row.url()).isEqualTo("https://seatable.com");
	}

	@Test
	void theRecordWritesBackExactlyTheValuesItRead() {
		EveryType row = row(GET_ROW).as(EveryType.class);

		ObjectNode written = this.mapper.valueToTree(row);

		ObjectNode expected = (ObjectNode) this.mapper.readTree(GET_ROW);
		// read-only properties are not written; the others come back unchanged, formats
		// included
		expected.remove(List.of("auto-number-integer", "formula", "formula-boolean-return-value",
				"formula-float-return-value", "_locked", "_locked_by", "_last_modifier", "auto-number-string-prefix",
				"formula-integer-return-value", "number-euro"));
		// a LocalDate is written as the date, a LocalDateTime to the minute; SeaTable
		// reads both in the base's zone
		expected.put("date-german", "2030-06-20");
		expected.put("date-us-hours-minutes", "2024-06-05 23:55");
		assertThat(written.propertyNames()).containsExactlyInAnyOrderElementsOf(expected.propertyNames());
		expected.properties()
			.forEach((cell) -> assertThat(canonical(written.get(cell.getKey()))).as(cell.getKey())
				.isEqualTo(canonical(cell.getValue())));
	}

	@Test
	void linksKeepRowIdsAndDisplayValuesOfAnyType() {
		LinksRow row = row(LINKS_ROW).as(LinksRow.class);

		assertThat(row.links()).containsExactly(new LinkValue("aG-P7aRoSPi_wauvv60fsA", 1.1),
				new LinkValue("Mr-3QnQ5Q-eeEqFBevtOkw", "Google News"));
		assertThat(row.links().get(0).displayText()).isEqualTo("1.1");
		assertThat(row.count()).isEqualTo(6);
		assertThat(row.lookup()).containsExactly(1.1, 1.1, 1.2);
		assertThat(this.mapper.valueToTree(row.links()).toString())
			.isEqualTo("[{\"row_id\":\"aG-P7aRoSPi_wauvv60fsA\",\"display_value\":1.1},"
					+ "{\"row_id\":\"Mr-3QnQ5Q-eeEqFBevtOkw\",\"display_value\":\"Google News\"}]");
	}

	@Test
	void filesAndImagesRoundTrip() {
		FilesRow row = row(FILES_ROW).as(FilesRow.class);

		assertThat(row.files()).containsExactly(new FileValue("test.txt", 12L, "file",
				"https://cloud.seatable.io/workspace/9/asset/91a1/files/2023-03/test.txt"));
		assertThat(row.images())
			.containsExactly("https://cloud.seatable.io/workspace/9/asset/91a1/images/2023-03/cover.png");
		assertThat(row.text()).isNull();
		JsonNode original = this.mapper.readTree(FILES_ROW);
		JsonNode written = this.mapper.valueToTree(row);
		assertThat(written.get("files").toString()).isEqualTo(original.get("files").toString());
		assertThat(written.get("images")).isEqualTo(original.get("images"));
	}

	@Test
	void durationsAreReadFromClockTextAndWrittenAsSeconds() {
		Row row = Row.of(Map.of("d", "1:30:30", "m", "0:05"));

		assertThat(row.get("d", Duration.class)).isEqualTo(Duration.ofSeconds(5430));
		assertThat(row.get("m", Duration.class)).isEqualTo(Duration.ofMinutes(5));
		assertThat(this.mapper.valueToTree(Map.of("d", Duration.ofSeconds(5430))).toString()).isEqualTo("{\"d\":5430}");
		assertThat(this.mapper.valueToTree(Map.of("t", LocalDateTime.of(2030, 6, 20, 23, 55))).toString())
			.isEqualTo("{\"t\":\"2030-06-20 23:55\"}");
	}

	@Test
	void theApplicationMapperIsNotChanged() {
		JsonMapper application = JsonMapper.builder().build();

		SeaTableMapping.rowMapper(application);

		assertThat(application.valueToTree(Map.of("d", Duration.ofSeconds(5430))).toString())
			.isNotEqualTo("{\"d\":5430}");
		assertThat(application.valueToTree(new LinksRow(List.of(), 1, List.of(), "x", 2.0)).has("count")).isTrue();
	}

	@Test
	void anUnreadableDateNamesTheValue() {
		Row row = Row.of(Map.of("date", "13/31/2025"));

		assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> row.get("date", LocalDate.class))
			.withMessageContaining("Column 'date'")
			.withMessageContaining("13/31/2025");
	}

	/**
	 * JSON text with object keys sorted, so that only values and their formats are
	 * compared.
	 */
	private static String canonical(JsonNode node) {
		return SORTED.writeValueAsString(SORTED.convertValue(node, Object.class));
	}

	private Row row(String json) {
		@SuppressWarnings("unchecked")
		Map<String, Object> values = this.mapper.readValue(json, Map.class);
		return new Row(values, ValueConverter.of(this.mapper));
	}

	enum Option {

		@JsonProperty("option-1")
		ONE,

		@JsonProperty("option-2")
		TWO

	}

	record EveryType(@JsonProperty("_id") String id, @JsonProperty("_archived") boolean archived,
			@JsonProperty("_creator") String creator, @JsonProperty("_ctime") OffsetDateTime ctime,
			@JsonProperty("_mtime") OffsetDateTime mtime,
			@SeaTableColumn(value = "auto-number-integer", readOnly = true) String autoNumber, boolean checkbox,
			@SeaTableColumn("collaborator") List<String> collaborators, @SeaTableColumn("date-german") LocalDate date,
			@SeaTableColumn("date-german-hours-minutes") OffsetDateTime dateTime,
			@SeaTableColumn("date-us-hours-minutes") LocalDateTime localDateTime,
			@SeaTableColumn("digital-sign") DigitalSignature signature,
			@SeaTableColumn("duration-hours-minutes") Duration duration,
			@SeaTableColumn("duration-hours-minutes-seconds") Duration durationWithSeconds, String email,
			@SeaTableColumn(value = "formula", readOnly = true) String formula,
			@SeaTableColumn(value = "formula-boolean-return-value", readOnly = true) Boolean formulaBoolean,
			@SeaTableColumn(value = "formula-float-return-value", readOnly = true) double formulaFloat,
			@SeaTableColumn("geolocation-country-region") Geolocation country,
			@SeaTableColumn("geolocation-lat-lon") Geolocation point, @SeaTableColumn("long-text") String longText,
			@SeaTableColumn("multiple-select") List<Option> tags, BigDecimal number,
			@SeaTableColumn("number-percent") Integer percent, int rate, @SeaTableColumn("single-select") String status,
			String text, String url) {
	}

	record LinksRow(@SeaTableColumn("link") List<LinkValue> links,
			@SeaTableColumn(value = "link-formula-countlinks", readOnly = true) int count,
			@SeaTableColumn(value = "link-formula-lookup", readOnly = true) List<Double> lookup,
			@SeaTableColumn(value = "link-formula-rollup-concatenate", readOnly = true) String concatenated,
			double number) {
	}

	record FilesRow(List<FileValue> files, List<String> images, String text) {
	}

}
