package io.github.seatablespring.model;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.entry;

/**
 * Rows read from an array of JSON objects: the values as sent, each row a map in
 * SeaTable's order, whichever columns the rows before it had.
 */
class RowReaderTests {

	private final JsonMapper mapper = JsonMapper.builder().build();

	@Test
	void cellsHoldPlainJsonValuesInTheOrderSent() {
		List<Row> rows = read("""
				[{"_id":"r1","Name":"Ann","Count":7,"Big":12345678901,"Huge":123456789012345678901234,
				"Amount":13.25,"Done":true,"Off":false,"Nothing":null,"Tags":["a","b"],"Empty":[],
				"Where":{"lat":50,"lng":8.5}}]""");
		Map<String, Object> cells = rows.get(0).values();
		assertThat(cells.keySet()).containsExactly("_id", "Name", "Count", "Big", "Huge", "Amount", "Done", "Off",
				"Nothing", "Tags", "Empty", "Where");
		assertThat(cells).containsEntry("Count", 7)
			.containsEntry("Big", 12345678901L)
			.containsEntry("Huge", new BigInteger("123456789012345678901234"))
			.containsEntry("Amount", 13.25)
			.containsEntry("Done", true)
			.containsEntry("Off", false)
			.containsEntry("Nothing", null)
			.containsEntry("Tags", List.of("a", "b"))
			.containsEntry("Empty", List.of())
			.containsEntry("Where", Map.of("lat", 50, "lng", 8.5));
		assertThat(cells.get("Where")).isInstanceOf(LinkedHashMap.class);
		assertThat(cells.get("Tags")).isInstanceOf(ArrayList.class);
	}

	@Test
	void floatsAreBigDecimalsWhenTheMapperSaysSo() {
		RowReader reader = new RowReader(
				JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build());
		List<Row> rows = read(reader, "[{\"Amount\":13.25,\"Nested\":[0.1]}]");
		assertThat(rows.get(0).values()).containsEntry("Amount", new BigDecimal("13.25"))
			.containsEntry("Nested", List.of(new BigDecimal("0.1")));
	}

	@Test
	void rowsWithOtherColumnsThanThePreviousRowKeepTheirOwn() {
		List<Row> rows = read("""
				[{"_id":"r1","Name":"Ann","Count":1},
				{"_id":"r2","Name":"Bob","Count":2},
				{"_id":"r3","Count":3,"Name":"Cy"},
				{"_id":"r4","Name":"Dee"},
				{"_id":"r5","Name":"Eve","Count":5,"Extra":"x"},
				{},
				{"_id":"r7","Name":"Fay","Count":7}]""");
		assertThat(rows).extracting((row) -> List.copyOf(row.values().entrySet()))
			.containsExactly(List.of(entry("_id", "r1"), entry("Name", "Ann"), entry("Count", 1)),
					List.of(entry("_id", "r2"), entry("Name", "Bob"), entry("Count", 2)),
					List.of(entry("_id", "r3"), entry("Count", 3), entry("Name", "Cy")),
					List.of(entry("_id", "r4"), entry("Name", "Dee")),
					List.of(entry("_id", "r5"), entry("Name", "Eve"), entry("Count", 5), entry("Extra", "x")),
					List.of(), List.of(entry("_id", "r7"), entry("Name", "Fay"), entry("Count", 7)));
		assertThat(rows.get(3).values()).doesNotContainKey("Count").hasSize(2);
		assertThat(rows.get(3).get("Count")).isNull();
		assertThat(rows.get(4).get("Extra")).isEqualTo("x");
	}

	@Test
	void rowsAreMapsLikeAnyOther() {
		Row row = read("[{\"_id\":\"r1\",\"Name\":\"Ann\",\"Count\":1}]").get(0);
		Map<String, Object> same = new LinkedHashMap<>();
		same.put("_id", "r1");
		same.put("Name", "Ann");
		same.put("Count", 1);
		assertThat(row.values()).isEqualTo(same).hasSameHashCodeAs(same);
		assertThat(same).isEqualTo(row.values());
		assertThat(row.values()).hasToString(same.toString());
		assertThat(row).isEqualTo(Row.of(same)).hasSameHashCodeAs(Row.of(same));
		assertThat(row.values().get(new String("Name"))).isEqualTo("Ann");
		assertThat(row.values().get(42)).isNull();
		assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> row.values().put("Name", "Bob"));
		assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> row.values().entrySet().iterator().next().setValue("Bob"));
	}

	@Test
	void wideRowsFindEveryColumn() {
		StringBuilder json = new StringBuilder("[");
		for (int row = 0; row < 3; row++) {
			json.append((row > 0) ? "," : "").append("{");
			for (int column = 0; column < 40; column++) {
				json.append((column > 0) ? "," : "")
					.append("\"C")
					.append(column)
					.append("\":")
					.append(row * 100 + column);
			}
			json.append("}");
		}
		List<Row> rows = read(json.append("]").toString());
		for (int row = 0; row < 3; row++) {
			for (int column = 0; column < 40; column++) {
				assertThat(rows.get(row).get("C" + column)).isEqualTo(row * 100 + column);
			}
			assertThat(rows.get(row).values()).hasSize(40).doesNotContainKey("C40");
		}
	}

	@Test
	void aColumnSentTwiceKeepsItsLastValueAtItsFirstPlace() {
		List<Row> rows = read("[{\"A\":1,\"B\":2,\"A\":3},{\"A\":1,\"B\":2}]");
		assertThat(List.copyOf(rows.get(0).values().entrySet())).containsExactly(entry("A", 3), entry("B", 2));
		assertThat(List.copyOf(rows.get(1).values().entrySet())).containsExactly(entry("A", 1), entry("B", 2));
	}

	@Test
	void aFullLinkCellMarksTheRow() {
		StringBuilder links = new StringBuilder("[");
		for (int i = 0; i < Row.MAX_LINKS_PER_CELL; i++) {
			links.append((i > 0) ? "," : "").append("{\"row_id\":\"l").append(i).append("\",\"display_value\":\"x\"}");
		}
		List<Row> rows = read("[{\"Name\":\"a\",\"Links\":" + links + "]},{\"Name\":\"b\",\"Links\":[]}]");
		assertThat(rows.get(0).columnsWithMoreLinks()).containsExactly("Links");
		assertThat(rows.get(1).columnsWithMoreLinks()).isEmpty();
	}

	private List<Row> read(String json) {
		return read(new RowReader(this.mapper), json);
	}

	private List<Row> read(RowReader reader, String json) {
		try (JsonParser parser = this.mapper.createParser(json)) {
			assertThat(parser.nextToken()).isEqualTo(JsonToken.START_ARRAY);
			List<Row> rows = new ArrayList<>();
			Row previous = null;
			while (parser.nextToken() == JsonToken.START_OBJECT) {
				previous = reader.read(parser, previous);
				rows.add(previous);
			}
			return rows;
		}
	}

}
