package io.github.seatablespring.test;

import java.util.ArrayList;
import java.util.List;

/**
 * A small RFC 4180 reader: commas, double-quoted fields with doubled quotes and line breaks inside;
 * quotes inside an unquoted field are kept as they are.
 */
final class Csv {

	private Csv() {
	}

	/** The records of a CSV text; a leading byte order mark and blank lines are skipped. */
	static List<List<String>> parse(String text) {
		String csv = text.startsWith("\uFEFF") ? text.substring(1) : text;
		List<List<String>> records = new ArrayList<>();
		List<String> record = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		boolean fieldStarted = false;
		for (int i = 0; i < csv.length(); i++) {
			char c = csv.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					field.append(c);
				}
			}
			else if (c == '"' && field.length() == 0) {
				// a quote opens a quoted field only at its start; elsewhere it is a plain character
				quoted = true;
				fieldStarted = true;
			}
			else if (c == ',') {
				record.add(field.toString());
				field.setLength(0);
				fieldStarted = true;
			}
			else if (c == '\n' || c == '\r') {
				if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
					i++;
				}
				endRecord(records, record, field, fieldStarted);
				record = new ArrayList<>();
				fieldStarted = false;
			}
			else {
				field.append(c);
				fieldStarted = true;
			}
		}
		if (quoted) {
			throw new IllegalArgumentException("CSV ends inside a quoted field");
		}
		endRecord(records, record, field, fieldStarted);
		return records;
	}

	private static void endRecord(List<List<String>> records, List<String> record, StringBuilder field,
			boolean fieldStarted) {
		if (record.isEmpty() && !fieldStarted && field.length() == 0) {
			return;
		}
		record.add(field.toString());
		field.setLength(0);
		records.add(record);
	}

}
