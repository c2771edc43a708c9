package io.github.seatablespring.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;

/**
 * Adds the SeaTable client's auto-configuration (and the WebClient and Jackson
 * auto-configuration it builds on) to a test slice such as {@code @WebMvcTest} or
 * {@code @WebFluxTest}, which leave it out. With
 * {@link EmbeddedSeaTable @EmbeddedSeaTable} the templates talk to the emulator:
 *
 * <pre class="code">
 * &#64;WebMvcTest(ContactsController.class)
 * &#64;AutoConfigureSeaTable
 * &#64;EmbeddedSeaTable
 * class ContactsControllerTests { ... }
 * </pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ImportAutoConfiguration
public @interface AutoConfigureSeaTable {

}
