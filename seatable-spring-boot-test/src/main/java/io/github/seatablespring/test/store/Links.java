package io.github.seatablespring.test.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A base's links: the row pairs of each link id, and the link cells shown from them.
 * Called with the store's lock held.
 */
final class Links {

	private final BaseStore store;

	private final Map<String, LinkDef> links = new LinkedHashMap<>();

	Links(BaseStore store) {
		this.store = store;
	}

	String newId() {
		return Ids.uniqueKey(this.links.keySet());
	}

	void register(LinkDef link) {
		this.links.put(link.id(), link);
	}

	boolean exists(String linkId) {
		return this.links.containsKey(linkId);
	}

	@Nullable LinkDef unregister(String linkId) {
		return this.links.remove(linkId);
	}

	/** Forgets the links from or to a table. */
	void removeTable(String tableId) {
		this.links.values().removeIf((link) -> link.tableId().equals(tableId) || link.otherTableId().equals(tableId));
	}

	void clear() {
		this.links.clear();
	}

	LinkDef get(String linkId) {
		LinkDef link = this.links.get(linkId);
		if (link == null) {
			throw EmulatedError.badRequest("link " + linkId + " not found");
		}
		return link;
	}

	LinkDef of(ColumnDef column) {
		LinkDef link = column.isLink() ? this.links.get(String.valueOf(column.setting("link_id"))) : null;
		if (link == null) {
			throw EmulatedError.badRequest("column " + column.name() + " is not a link column");
		}
		return link;
	}

	BaseStore.LinkChange change(LinkDef link, TableDef table, TableDef other, Map<String, List<String>> otherRowIds) {
		boolean reversed;
		if (table.id.equals(link.tableId()) && other.id.equals(link.otherTableId())) {
			reversed = false;
		}
		else if (table.id.equals(link.otherTableId()) && other.id.equals(link.tableId())) {
			reversed = true;
		}
		else {
			throw EmulatedError.badRequest("the tables do not match link " + link.id());
		}
		List<List<String>> pairs = new ArrayList<>();
		otherRowIds.forEach((rowId, ids) -> {
			requireRow(table, rowId);
			for (String id : ids) {
				requireRow(other, id);
				pairs.add(reversed ? List.of(id, rowId) : List.of(rowId, id));
			}
		});
		return new BaseStore.LinkChange(link, reversed, List.copyOf(otherRowIds.keySet()), pairs);
	}

	void add(BaseStore.LinkChange change) {
		for (List<String> pair : change.pairs()) {
			if (change.link().pairs().contains(pair)) {
				throw EmulatedError.badRequest("link between " + pair.get(0) + " and " + pair.get(1) + " exists");
			}
		}
		change.link().pairs().addAll(change.pairs());
		this.store.history()
			.dbOperation("add_links", Map.of("link_id", change.link().id(), "count", change.pairs().size()));
	}

	void replace(BaseStore.LinkChange change) {
		int side = change.reversed() ? 1 : 0;
		change.link().pairs().removeIf((pair) -> change.keyRows().contains(pair.get(side)));
		change.link().pairs().addAll(change.pairs());
		this.store.history()
			.dbOperation("update_links", Map.of("link_id", change.link().id(), "count", change.pairs().size()));
	}

	/** Counts every pair asked for, linked or not, as SeaTable does (API_ISSUES #9). */
	int remove(BaseStore.LinkChange change) {
		change.link().pairs().removeAll(change.pairs());
		this.store.history()
			.dbOperation("delete_links", Map.of("link_id", change.link().id(), "count", change.pairs().size()));
		return change.pairs().size();
	}

	void seed(TableDef table, ColumnDef column, String rowId, List<String> otherRowIds) {
		LinkDef link = of(column);
		boolean reversed = link.reversedFrom(table.id);
		otherRowIds.forEach((other) -> link.pairs().add(reversed ? List.of(other, rowId) : List.of(rowId, other)));
	}

	/** The linked rows of a row, oldest link first, skipping rows deleted since. */
	List<Map<String, Object>> cell(TableDef table, ColumnDef column, String rowId) {
		LinkDef link = of(column);
		boolean reversed = link.reversedFrom(table.id);
		TableDef other = this.store.tableById(reversed ? link.tableId() : link.otherTableId());
		List<String> linked = new ArrayList<>();
		for (List<String> pair : link.pairs()) {
			if (pair.get(reversed ? 1 : 0).equals(rowId)) {
				linked.add(pair.get(reversed ? 0 : 1));
			}
		}
		if (linked.isEmpty()) {
			return List.of();
		}
		ColumnDef display = other.columns.stream()
			.filter((c) -> c.key().equals(String.valueOf(column.setting("display_column_key"))))
			.findFirst()
			.orElse(other.columns.get(0));
		Map<String, @Nullable Object> displayValues = new LinkedHashMap<>();
		String sql = "SELECT _id, " + BaseStore.quote(display.name()) + " FROM " + BaseStore.quote(other.name)
				+ " WHERE _id IN (" + String.join(", ", Collections.nCopies(linked.size(), "?")) + ")";
		this.store.select(other, sql, linked, true)
			.forEach((row) -> displayValues.put(String.valueOf(row.get("_id")), row.get(display.name())));
		List<Map<String, Object>> cell = new ArrayList<>();
		for (String id : linked) {
			if (displayValues.containsKey(id)) {
				Map<String, Object> entry = new LinkedHashMap<>();
				entry.put("row_id", id);
				entry.put("display_value", displayValues.get(id));
				cell.add(entry);
			}
		}
		return cell;
	}

	int autoLink(LinkDef link, List<Map<String, Object>> matchingKeys) {
		TableDef table = this.store.tableById(link.tableId());
		TableDef other = this.store.tableById(link.otherTableId());
		List<Map<String, Object>> left = this.store.rows(table);
		List<Map<String, Object>> right = this.store.rows(other);
		int added = 0;
		for (Map<String, Object> row : left) {
			for (Map<String, Object> candidate : right) {
				boolean match = !matchingKeys.isEmpty() && matchingKeys.stream().allMatch((keys) -> {
					ColumnDef a = table.column(String.valueOf(keys.get("table1_key")));
					ColumnDef b = other.column(String.valueOf(keys.get("table2_key")));
					return row.get(a.name()) != null && Objects.equals(row.get(a.name()), candidate.get(b.name()));
				});
				if (match && link.pairs()
					.add(List.of(String.valueOf(row.get("_id")), String.valueOf(candidate.get("_id"))))) {
					added++;
				}
			}
		}
		return added;
	}

	private void requireRow(TableDef table, String rowId) {
		if (this.store
			.select(table, "SELECT _id FROM " + BaseStore.quote(table.name) + " WHERE _id = ?", List.of(rowId), true)
			.isEmpty()) {
			throw EmulatedError.badRequest("row " + rowId + " not found in table " + table.name);
		}
	}

}
