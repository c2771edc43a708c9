package io.github.seatablespring.samples.reactive;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.seatablespring.test.EmulatedBase;
import io.github.seatablespring.test.EmulatedColumn;

/**
 * Creates and fills the {@code Contacts} table of an emulated base, for local runs and
 * tests.
 */
public final class EmbeddedContacts {

	private static final String[] FIRST = { "Anna", "Ben", "Clara", "David", "Emma", "Felix", "Greta", "Hannah" };

	private static final String[] LAST = { "Becker", "Fischer", "Koch", "Meyer", "Richter", "Weber", "Wolf" };

	private static final String[] CITIES = { "Berlin", "Hamburg", "Munich", "Cologne", "Leipzig" };

	private EmbeddedContacts() {
	}

	/**
	 * (Re)creates the table with the columns Name, Email, City, Age and inserts
	 * {@code count} contacts.
	 */
	public static void seed(EmulatedBase base, int count) {
		base.dropTable(ContactsController.TABLE);
		base.createTable(ContactsController.TABLE,
				List.of(EmulatedColumn.of("Name", "text"), EmulatedColumn.of("Email", "email"),
						EmulatedColumn.of("City", "text"), EmulatedColumn.of("Age", "number")));
		base.insertRows(ContactsController.TABLE, contacts(count));
	}

	/**
	 * Deterministic contacts: contact {@code i} lives in {@code CITIES[i % 5]} and is
	 * {@code 12 + i % 70} years old.
	 */
	static List<Map<String, Object>> contacts(int count) {
		List<Map<String, Object>> rows = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			String first = FIRST[i % FIRST.length];
			String last = LAST[(i / FIRST.length) % LAST.length];
			rows.add(Map.of("Name", first + " " + last + " " + i, "Email",
					(first + "." + last + i + "@example.com").toLowerCase(java.util.Locale.ROOT), "City",
					CITIES[i % CITIES.length], "Age", 12 + i % 70));
		}
		return rows;
	}

}
