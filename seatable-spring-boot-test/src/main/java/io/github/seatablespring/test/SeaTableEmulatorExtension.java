package io.github.seatablespring.test;

import java.util.Objects;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * JUnit 5 extension that runs a {@link SeaTableEmulator} with one base, for tests without
 * Spring. In a {@code static} field it lives for the test class, in an instance field for
 * each test.
 *
 * <pre class="code">
 * &#64;RegisterExtension
 * static SeaTableEmulatorExtension seaTable = new SeaTableEmulatorExtension();
 *
 * &#64;Test
 * void test() {
 *     String url = seaTable.emulator().serverUrl();
 *     String apiToken = seaTable.base().apiToken();
 * }
 * </pre>
 */
public final class SeaTableEmulatorExtension
		implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {

	private final SeaTableEmulator.Builder builder;

	private final String baseName;

	private @Nullable Consumer<EmulatedBase> setup;

	private @Nullable SeaTableEmulator emulator;

	private @Nullable EmulatedBase base;

	private boolean perClass;

	/** An emulator with the default quota and a base named "Test base". */
	public SeaTableEmulatorExtension() {
		this(SeaTableEmulator.builder(), "Test base");
	}

	/** An emulator configured by {@code builder} with a base named {@code baseName}. */
	public SeaTableEmulatorExtension(SeaTableEmulator.Builder builder, String baseName) {
		this.builder = Objects.requireNonNull(builder, "builder");
		this.baseName = Objects.requireNonNull(baseName, "baseName");
	}

	/** Runs {@code setup} (for example creating tables) on each new base. */
	public SeaTableEmulatorExtension withBase(Consumer<EmulatedBase> setup) {
		this.setup = setup;
		return this;
	}

	/** The running emulator. */
	public SeaTableEmulator emulator() {
		if (this.emulator == null) {
			throw new IllegalStateException("The SeaTable emulator runs only while a test runs");
		}
		return this.emulator;
	}

	/** The base created in the running emulator. */
	public EmulatedBase base() {
		if (this.base == null) {
			throw new IllegalStateException("The SeaTable emulator runs only while a test runs");
		}
		return this.base;
	}

	@Override
	public void beforeAll(ExtensionContext context) {
		this.perClass = true;
		startEmulator();
	}

	@Override
	public void afterAll(ExtensionContext context) {
		stopEmulator();
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		if (!this.perClass) {
			startEmulator();
		}
	}

	@Override
	public void afterEach(ExtensionContext context) {
		if (!this.perClass) {
			stopEmulator();
		}
	}

	private void startEmulator() {
		SeaTableEmulator started = this.builder.build().start();
		this.emulator = started;
		this.base = started.createBase(this.baseName);
		if (this.setup != null) {
			this.setup.accept(this.base);
		}
	}

	private void stopEmulator() {
		if (this.emulator != null) {
			this.emulator.close();
		}
		this.emulator = null;
		this.base = null;
	}

}
