package io.github.seatablespring.core;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import io.github.seatablespring.model.ColumnMatch;
import io.github.seatablespring.model.Link;
import io.github.seatablespring.model.LinkValue;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Reactive operations on links between rows (create, update, delete, list linked rows,
 * auto-links); reached with {@code reactiveTemplate.links()}.
 *
 * <p>
 * Creating, updating and deleting links takes a {@link Link} (link id and the ids of both
 * tables, from the link column's data in the metadata) and a map from row ids of the
 * link's table to row ids of its other table. Reading linked rows takes the table and
 * link column names.
 *
 * <p>
 * <b>Reading all links of a row:</b> a link cell in {@code listRows}, {@code getRow} or
 * SQL results carries only the first links (see {@link LinkValue#fromCell(Object)}). To
 * read every linked row, use {@link #streamLinkedRows(String, String, String)}, which
 * pages through them.
 *
 * @see LinksOperations
 */
public interface ReactiveLinksOperations {

	/** Default page size of {@link #streamLinkedRows(String, String, String)}. */
	int LINKED_ROWS_PAGE_SIZE = 100;

	/**
	 * Links rows of the link's table to rows of its other table ({@code POST /links/}).
	 * Linking rows that are already linked fails.
	 * @param otherRowIdsByRowId for each row id of the link's table, the row ids of the
	 * other table to link it to
	 */
	Mono<Void> createLinks(Link link, Map<String, ? extends Collection<String>> otherRowIdsByRowId);

	/** Links one row of the link's table to one row of its other table. */
	Mono<Void> createLink(Link link, String rowId, String otherRowId);

	/**
	 * Replaces the links of rows of the link's table ({@code PUT /links/}): afterwards
	 * each key row is linked to exactly the rows given for it.
	 */
	Mono<Void> updateLinks(Link link, Map<String, ? extends Collection<String>> otherRowIdsByRowId);

	/**
	 * Removes the links between these pairs of rows ({@code DELETE /links/}); other links
	 * stay. SeaTable reports success (and counts the pair as deleted) even for rows that
	 * were not linked, so this does not tell whether a link existed.
	 */
	Mono<Void> deleteLinks(Link link, Map<String, ? extends Collection<String>> otherRowIdsByRowId);

	/** Removes the link between two rows; see {@link #deleteLinks(Link, Map)}. */
	Mono<Void> deleteLink(Link link, String rowId, String otherRowId);

	/**
	 * One page of the rows linked to each of these rows ({@code POST /query-links/}), in
	 * the order the links were created.
	 * @param table the name of the table of {@code rowIds}
	 * @param linkColumn the name of the link column in that table
	 * @param rowIds the rows whose links to read
	 * @param offset how many linked rows of each row to skip
	 * @param limit how many linked rows to read at most per row
	 * @return the linked rows keyed by the row ids asked for (an empty list for rows
	 * without links)
	 */
	Mono<Map<String, List<LinkValue>>> listLinkedRows(String table, String linkColumn, Collection<String> rowIds,
			int offset, int limit);

	/**
	 * Every row linked to one row, read page by page ({@value #LINKED_ROWS_PAGE_SIZE} at
	 * a time); the next page is requested only when the subscriber wants more.
	 * @param table the name of the row's table
	 * @param linkColumn the name of the link column in that table
	 * @param rowId the row whose links to read
	 */
	Flux<LinkValue> streamLinkedRows(String table, String linkColumn, String rowId);

	/**
	 * Like {@link #streamLinkedRows(String, String, String)} with pages of
	 * {@code pageSize} linked rows.
	 */
	Flux<LinkValue> streamLinkedRows(String table, String linkColumn, String rowId, int pageSize);

	/**
	 * Starts linking the rows of the link's two tables whose values in the matched
	 * columns are equal ({@code POST /auto-links/}); works on big-data rows too. The link
	 * column must exist.
	 * @return the id of the background task, for {@link #autoLinkTaskStatus(String)}
	 */
	Mono<String> autoLink(String linkId, List<ColumnMatch> matches);

	/**
	 * The status of an auto-link task ({@code GET /auto-link-task/}): {@code running},
	 * {@code success} or {@code failed}. SeaTable keeps it for about 5 minutes.
	 */
	Mono<String> autoLinkTaskStatus(String taskId);

}
