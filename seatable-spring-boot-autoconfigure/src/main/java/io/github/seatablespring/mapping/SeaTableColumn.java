package io.github.seatablespring.mapping;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Maps a field, record component, getter or constructor parameter to the SeaTable column
 * of this name, for column names that are not Java identifiers
 * ({@code "Publishing Date"}, {@code "Book-Title"}). Jackson's {@code @JsonProperty}
 * works as well; this annotation wins when both are present.
 *
 * <pre class="code">
 * record Book(&#64;SeaTableColumn("Book-Title") String title,
 *         &#64;SeaTableColumn(value = "Price incl. tax", readOnly = true) BigDecimal gross) {
 * }
 * </pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
public @interface SeaTableColumn {

	/** The column name exactly as in SeaTable. */
	String value();

	/**
	 * Whether the column is only read, never written: formula, link-formula, auto-number,
	 * creator, ctime, mtime and the like. Such a property is filled when rows are read
	 * and left out when objects are appended or updated, which SeaTable would otherwise
	 * refuse or ignore.
	 */
	boolean readOnly() default false;

}
