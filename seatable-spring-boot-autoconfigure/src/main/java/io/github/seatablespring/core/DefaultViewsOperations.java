package io.github.seatablespring.core;

import java.util.List;

import io.github.seatablespring.model.ViewDetails;
import io.github.seatablespring.model.ViewUpdate;

/** Blocking views operations that wait for their reactive twin. */
final class DefaultViewsOperations implements ViewsOperations {

	private final ReactiveViewsOperations reactive;

	DefaultViewsOperations(ReactiveViewsOperations reactive) {
		this.reactive = reactive;
	}

	@Override
	public List<ViewDetails> list(String table) {
		return Blocking.await(this.reactive.list(table).collectList());
	}

	@Override
	public ViewDetails get(String table, String view) {
		return Blocking.await(this.reactive.get(table, view));
	}

	@Override
	public ViewDetails create(String table, String name) {
		return Blocking.await(this.reactive.create(table, name));
	}

	@Override
	public ViewDetails create(String table, String name, String type, boolean locked) {
		return Blocking.await(this.reactive.create(table, name, type, locked));
	}

	@Override
	public ViewDetails update(String table, String view, ViewUpdate update) {
		return Blocking.await(this.reactive.update(table, view, update));
	}

	@Override
	public void delete(String table, String view) {
		Blocking.run(this.reactive.delete(table, view));
	}

}
