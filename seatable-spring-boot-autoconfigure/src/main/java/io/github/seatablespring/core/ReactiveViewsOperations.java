package io.github.seatablespring.core;

import io.github.seatablespring.model.ViewDetails;
import io.github.seatablespring.model.ViewUpdate;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Reactive operations on the views of a table (list, get, create, update, delete);
 * reached with {@code reactiveTemplate.views()}.
 *
 * @see ViewsOperations
 */
public interface ReactiveViewsOperations {

	/** The views of a table with their settings. */
	Flux<ViewDetails> list(String table);

	/** One view of a table with its settings. */
	Mono<ViewDetails> get(String table, String view);

	/** Creates a normal, unlocked view; set it up with {@link #update}. */
	Mono<ViewDetails> create(String table, String name);

	/**
	 * Creates a view of this type: {@code table} for a normal view, {@code archive} for a
	 * view on the archived (big data) rows.
	 */
	Mono<ViewDetails> create(String table, String name, String type, boolean locked);

	/** Changes the settings the update names; others stay as they are. */
	Mono<ViewDetails> update(String table, String view, ViewUpdate update);

	/** Deletes a view. */
	Mono<Void> delete(String table, String view);

}
