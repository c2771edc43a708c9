package io.github.seatablespring.test.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A base's row comments. SeaTable 6.x has no endpoint that creates one (API_ISSUES #12),
 * so they are seeded through {@code EmulatedBase.addComment}.
 */
public final class Comments {

	private final String baseUuid;

	private final Clock clock;

	private final List<Map<String, Object>> comments = new ArrayList<>();

	private long nextId = 1;

	Comments(String baseUuid, Clock clock) {
		this.baseUuid = baseUuid;
		this.clock = clock;
	}

	public synchronized Map<String, Object> add(String rowId, String author, String text) {
		String now = Times.utc(this.clock.instant());
		Map<String, Object> comment = new LinkedHashMap<>();
		comment.put("id", this.nextId++);
		comment.put("author", author);
		comment.put("comment", text);
		comment.put("dtable_uuid", this.baseUuid);
		comment.put("row_id", rowId);
		comment.put("created_at", now);
		comment.put("updated_at", now);
		comment.put("resolved", 0);
		this.comments.add(comment);
		return comment;
	}

	public synchronized List<Map<String, Object>> ofRow(String rowId) {
		return this.comments.stream().filter((comment) -> rowId.equals(comment.get("row_id"))).toList();
	}

	public synchronized List<Map<String, Object>> withinDays(int days) {
		Instant since = this.clock.instant().minus(Duration.ofDays(days));
		return this.comments.stream()
			.filter((comment) -> !Instant.parse(String.valueOf(comment.get("created_at"))).isBefore(since))
			.toList();
	}

	public synchronized Map<String, Object> get(long id) {
		return this.comments.stream()
			.filter((comment) -> comment.get("id").equals(id))
			.findFirst()
			.orElseThrow(() -> EmulatedError.notFound("comment " + id + " not found"));
	}

	public synchronized void delete(long id) {
		this.comments.remove(get(id));
	}

	/** The number of comments per commented row. */
	public synchronized Map<String, Long> countsByRow() {
		Map<String, Long> counts = new LinkedHashMap<>();
		this.comments.forEach((comment) -> counts.merge(String.valueOf(comment.get("row_id")), 1L, Long::sum));
		return counts;
	}

	synchronized void clear() {
		this.comments.clear();
	}

}
