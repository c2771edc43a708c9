package io.github.seatablespring.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Starts a {@link SeaTableEmulator} for a Spring test's application context (one per context, closed
 * with it), creates a base named {@link #baseName()}, registers the emulator as a bean and sets
 * {@code seatable.server-url} and {@code seatable.api-token} so that the auto-configured
 * {@code SeaTableTemplate} talks to that base. The base is the bean of type {@link EmulatedBase}.
 *
 * <pre class="code">
 * &#64;SpringBootTest
 * &#64;EmbeddedSeaTable
 * class ContactsTests {
 *     &#64;Autowired SeaTableTemplate seaTable;
 *     &#64;Autowired EmulatedBase base;
 * }
 * </pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface EmbeddedSeaTable {

	/** Name of the base to create. */
	String baseName() default "Test base";

	/**
	 * A JSON fixture to seed the base with, as a Spring resource location such as
	 * {@code classpath:fixtures/contacts.json}; see {@link EmulatedBase#load(java.nio.file.Path)} for
	 * its format. Empty for an empty base.
	 */
	String fixture() default "";

	/** The emulated server's per-base limit of base operations in any 60 s window. */
	int requestsPerMinute() default 300;

	/** The emulated server's per-base limit of base operations in any 24 h window. */
	int requestsPerDay() default 5000;

}
