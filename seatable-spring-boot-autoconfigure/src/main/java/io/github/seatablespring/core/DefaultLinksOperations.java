package io.github.seatablespring.core;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.github.seatablespring.model.ColumnMatch;
import io.github.seatablespring.model.Link;
import io.github.seatablespring.model.LinkValue;

/** Blocking links operations that wait for their reactive twin. */
final class DefaultLinksOperations implements LinksOperations {

	/**
	 * Links buffered ahead of a stream's consumer; small, so that at most one page is
	 * read ahead.
	 */
	private static final int STREAM_BUFFER = 32;

	private final ReactiveLinksOperations reactive;

	DefaultLinksOperations(ReactiveLinksOperations reactive) {
		this.reactive = reactive;
	}

	@Override
	public void createLinks(Link link, Map<String, ? extends Collection<String>> otherRowIdsByRowId) {
		Blocking.run(this.reactive.createLinks(link, otherRowIdsByRowId));
	}

	@Override
	public void createLink(Link link, String rowId, String otherRowId) {
		Blocking.run(this.reactive.createLink(link, rowId, otherRowId));
	}

	@Override
	public void updateLinks(Link link, Map<String, ? extends Collection<String>> otherRowIdsByRowId) {
		Blocking.run(this.reactive.updateLinks(link, otherRowIdsByRowId));
	}

	@Override
	public void deleteLinks(Link link, Map<String, ? extends Collection<String>> otherRowIdsByRowId) {
		Blocking.run(this.reactive.deleteLinks(link, otherRowIdsByRowId));
	}

	@Override
	public void deleteLink(Link link, String rowId, String otherRowId) {
		Blocking.run(this.reactive.deleteLink(link, rowId, otherRowId));
	}

	@Override
	public Map<String, List<LinkValue>> listLinkedRows(String table, String linkColumn, Collection<String> rowIds,
			int offset, int limit) {
		return Blocking.await(this.reactive.listLinkedRows(table, linkColumn, rowIds, offset, limit));
	}

	@Override
	public Stream<LinkValue> streamLinkedRows(String table, String linkColumn, String rowId) {
		return this.reactive.streamLinkedRows(table, linkColumn, rowId).toStream(STREAM_BUFFER);
	}

	@Override
	public Stream<LinkValue> streamLinkedRows(String table, String linkColumn, String rowId, int pageSize) {
		return this.reactive.streamLinkedRows(table, linkColumn, rowId, pageSize).toStream(STREAM_BUFFER);
	}

	@Override
	public String autoLink(String linkId, List<ColumnMatch> matches) {
		return Blocking.await(this.reactive.autoLink(linkId, matches));
	}

	@Override
	public String autoLinkTaskStatus(String taskId) {
		return Blocking.await(this.reactive.autoLinkTaskStatus(taskId));
	}

}
