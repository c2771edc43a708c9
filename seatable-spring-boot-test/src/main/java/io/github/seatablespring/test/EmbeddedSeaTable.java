package io.github.seatablespring.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Starts a {@link SeaTableEmulator} for a Spring test's application context (one per
 * context, closed with it), creates a base named {@link #baseName()} and one for each of
 * {@link #bases()}, registers the emulator as a bean and contributes
 * {@code SeaTableConnectionDetails} so that the auto-configured {@code SeaTableTemplate}
 * talks to that base and {@code SeaTableBases} to the named ones; every other
 * {@code seatable.*} property still applies. The default base is the bean of type
 * {@link EmulatedBase}; a named base is the one in {@code emulator.bases()} with that
 * {@code name()}.
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
	 * {@code classpath:fixtures/contacts.json}; see
	 * {@link EmulatedBase#load(java.nio.file.Path)} for its format. Empty for an empty
	 * base.
	 */
	String fixture() default "";

	/** The emulated server's per-base limit of base operations in any 60 s window. */
	int requestsPerMinute() default 300;

	/** The emulated server's per-base limit of base operations in any 24 h window. */
	int requestsPerDay() default 5000;

	/**
	 * Named bases to create besides the default one, each configured as
	 * {@code seatable.bases.<name>} and reached through {@code SeaTableBases}; the
	 * emulated base has the same name.
	 */
	String[] bases() default {};

	/**
	 * Whether to create the default base ({@code seatable.api-token}); false for named
	 * bases only.
	 */
	boolean defaultBase() default true;

	/**
	 * Whether to reset the emulator after each test method
	 * ({@link SeaTableEmulator#reset()}: bases emptied, journal, faults and quota windows
	 * cleared) and load the fixture again, so test methods sharing the context do not see
	 * each other's rows.
	 */
	boolean resetAfterEachTest() default false;

}
