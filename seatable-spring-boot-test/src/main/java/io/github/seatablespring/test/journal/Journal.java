package io.github.seatablespring.test.journal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The requests an emulator received, oldest first.
 *
 * @param <R> the type of a recorded request
 */
public final class Journal<R> {

	private final List<R> requests = new CopyOnWriteArrayList<>();

	public void record(R request) {
		this.requests.add(request);
	}

	public List<R> requests() {
		return List.copyOf(this.requests);
	}

	public void clear() {
		this.requests.clear();
	}

}
