package io.github.seatablespring.model;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The cells of a row the {@link RowReader} read, as an unmodifiable map in SeaTable's
 * order: the values in an array, the column names in a {@link Columns} that every row of
 * a page with the same columns shares. A page's rows nearly always have the same columns,
 * so a row costs one array instead of a hash map with an entry per cell.
 */
final class RowCells extends AbstractMap<String, @Nullable Object> {

	private final Columns columns;

	private final @Nullable Object[] values;

	/**
	 * @param columns the names, in order
	 * @param values the value of each name, at the same index; not copied
	 */
	RowCells(Columns columns, @Nullable Object[] values) {
		this.columns = columns;
		this.values = values;
	}

	Columns columns() {
		return this.columns;
	}

	@Override
	public int size() {
		return this.columns.names.length;
	}

	@Override
	public boolean containsKey(@Nullable Object key) {
		return this.columns.indexOf(key) >= 0;
	}

	@Override
	public @Nullable Object get(@Nullable Object key) {
		int index = this.columns.indexOf(key);
		return (index >= 0) ? this.values[index] : null;
	}

	@Override
	public Set<Entry<String, @Nullable Object>> entrySet() {
		return new AbstractSet<>() {

			@Override
			public Iterator<Entry<String, @Nullable Object>> iterator() {
				return new Iterator<>() {

					private int next;

					@Override
					public boolean hasNext() {
						return this.next < size();
					}

					@Override
					public Entry<String, @Nullable Object> next() {
						if (!hasNext()) {
							throw new NoSuchElementException();
						}
						int index = this.next++;
						return new SimpleImmutableEntry<>(RowCells.this.columns.names[index],
								RowCells.this.values[index]);
					}

				};
			}

			@Override
			public int size() {
				return RowCells.this.size();
			}

		};
	}

	/**
	 * The column names of one or more rows, each once, in order. Names come from the
	 * parser's symbol table, so the same name is usually the same instance and is found
	 * by identity first.
	 */
	static final class Columns {

		/** Up to this many names are searched one by one; more get an index. */
		private static final int SCANNED = 8;

		final String[] names;

		private volatile @Nullable Map<String, Integer> index;

		/**
		 * @param names distinct names, not copied
		 */
		Columns(String[] names) {
			this.names = names;
		}

		/** Whether no name is there twice. */
		static boolean distinct(String[] names) {
			if (names.length > SCANNED) {
				return new HashSet<>(Arrays.asList(names)).size() == names.length;
			}
			for (int i = 1; i < names.length; i++) {
				for (int j = 0; j < i; j++) {
					if (names[i].equals(names[j])) {
						return false;
					}
				}
			}
			return true;
		}

		int indexOf(@Nullable Object name) {
			if (this.names.length > SCANNED) {
				Integer index = index().get(name);
				return (index != null) ? index : -1;
			}
			for (int i = 0; i < this.names.length; i++) {
				if (this.names[i] == name) {
					return i;
				}
			}
			for (int i = 0; i < this.names.length; i++) {
				if (this.names[i].equals(name)) {
					return i;
				}
			}
			return -1;
		}

		private Map<String, Integer> index() {
			Map<String, Integer> index = this.index;
			if (index == null) {
				index = new HashMap<>((int) (this.names.length / 0.75f) + 1);
				for (int i = 0; i < this.names.length; i++) {
					index.put(this.names[i], i);
				}
				this.index = index;
			}
			return index;
		}

	}

}
