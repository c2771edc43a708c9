package io.github.seatablespring.ratelimit;

/**
 * The send times of the permits one window still counts, oldest first: a growable ring of
 * {@code long}s. It holds only what was really granted in the window (entries that left
 * it are pruned), so its memory follows the traffic, never the configured limit.
 */
final class GrantLog {

	private static final int INITIAL_CAPACITY = 16;

	private long[] times = new long[INITIAL_CAPACITY];

	private int head;

	private int size;

	int size() {
		return this.size;
	}

	/** The {@code index}-th oldest send time. */
	long get(int index) {
		return this.times[(this.head + index) & (this.times.length - 1)];
	}

	/** The newest send time, or {@link Long#MIN_VALUE} when empty. */
	long last() {
		return (this.size == 0) ? Long.MIN_VALUE : get(this.size - 1);
	}

	/** Appends a send time no earlier than {@link #last()}. */
	void add(long time) {
		if (this.size == this.times.length) {
			long[] grown = new long[this.times.length * 2];
			for (int i = 0; i < this.size; i++) {
				grown[i] = get(i);
			}
			this.times = grown;
			this.head = 0;
		}
		this.times[(this.head + this.size) & (this.times.length - 1)] = time;
		this.size++;
	}

	/** Drops the send times up to {@code cutoff}, inclusive. */
	void pruneUpTo(long cutoff) {
		while (this.size > 0 && this.times[this.head] <= cutoff) {
			this.head = (this.head + 1) & (this.times.length - 1);
			this.size--;
		}
		if (this.size == 0 && this.times.length > INITIAL_CAPACITY) {
			// an idle window gives back what a burst made it grow to
			this.times = new long[INITIAL_CAPACITY];
			this.head = 0;
		}
	}

	/**
	 * Removes the newest occurrence of a send time (a permit given back), keeping the
	 * order.
	 */
	boolean remove(long time) {
		for (int i = this.size - 1; i >= 0; i--) {
			if (get(i) == time) {
				for (int j = i; j < this.size - 1; j++) {
					this.times[(this.head + j) & (this.times.length - 1)] = get(j + 1);
				}
				this.size--;
				return true;
			}
		}
		return false;
	}

	/** How many send times are later than {@code time}. */
	int countAfter(long time) {
		int count = 0;
		for (int i = this.size - 1; i >= 0 && get(i) > time; i--) {
			count++;
		}
		return count;
	}

	/** The memory this log holds, in entries (for tests of the memory bound). */
	int capacity() {
		return this.times.length;
	}

	@Override
	public String toString() {
		return "GrantLog[size=" + this.size + ", capacity=" + this.times.length + "]";
	}

}
