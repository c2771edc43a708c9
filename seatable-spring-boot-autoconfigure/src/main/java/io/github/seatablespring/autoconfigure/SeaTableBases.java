package io.github.seatablespring.autoconfigure;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.github.seatablespring.core.ReactiveSeaTableTemplate;
import io.github.seatablespring.core.SeaTableTemplate;
import io.github.seatablespring.ratelimit.QuotaLimiter;
import org.jspecify.annotations.Nullable;

/**
 * Every configured base by name: {@code default} for the top-level
 * {@code seatable.api-token}, and each {@code seatable.bases.<name>}. Inject it to reach
 * a named base:
 *
 * <pre class="code">
 * SeaTableTemplate crm = bases.template("crm");
 * </pre>
 *
 * A base whose API token the application obtains at run time (for example from the
 * account operations) is added with {@link #register(String, String)}.
 */
public final class SeaTableBases {

	private volatile Map<String, SeaTableTemplateFactory.Base> bases;

	private final Map<String, SeaTableTemplate> blocking = new ConcurrentHashMap<>();

	private final @Nullable SeaTableTemplateFactory factory;

	private final @Nullable SeaTableProperties properties;

	SeaTableBases(Map<String, SeaTableTemplateFactory.Base> bases) {
		this(bases, null, null);
	}

	/**
	 * @param bases the configured bases by name
	 * @param factory builds the bases {@link #register registered} at run time, or
	 * {@code null}
	 * @param properties the top-level settings of such bases, or {@code null}
	 */
	public SeaTableBases(Map<String, SeaTableTemplateFactory.Base> bases, @Nullable SeaTableTemplateFactory factory,
			@Nullable SeaTableProperties properties) {
		this.bases = Collections.unmodifiableMap(new LinkedHashMap<>(bases));
		this.factory = factory;
		this.properties = properties;
	}

	/**
	 * Adds a base at run time from an API token the application obtained, with the
	 * top-level {@code seatable.*} settings; it gets its own base token and quota like a
	 * configured base.
	 * @param name a name not yet in use
	 * @param apiToken the base's API token; never printed
	 * @return the base's blocking template
	 */
	public SeaTableTemplate register(String name, String apiToken) {
		if (this.factory == null || this.properties == null) {
			throw new IllegalStateException("These bases were built without a factory for bases added at run time");
		}
		SeaTableTemplateFactory.Base base = this.factory
			.create(SeaTableBaseSettings.of(name, apiToken, this.properties));
		synchronized (this) {
			if (this.bases.containsKey(name)) {
				throw new IllegalArgumentException("A SeaTable base named '" + name + "' exists already");
			}
			Map<String, SeaTableTemplateFactory.Base> bases = new LinkedHashMap<>(this.bases);
			bases.put(name, base);
			this.bases = Collections.unmodifiableMap(bases);
		}
		return template(name);
	}

	/** The names of all configured bases. */
	public Set<String> names() {
		return this.bases.keySet();
	}

	/** The blocking template of a base. */
	public SeaTableTemplate template(String name) {
		return this.blocking.computeIfAbsent(name, (key) -> new SeaTableTemplate(reactiveTemplate(key)));
	}

	/** The reactive template of a base. */
	public ReactiveSeaTableTemplate reactiveTemplate(String name) {
		return base(name).template();
	}

	/**
	 * The client-side quota of a base, empty when {@code rate-limit.enabled} is false for
	 * it.
	 */
	public Optional<QuotaLimiter> quota(String name) {
		return Optional.ofNullable(base(name).quota());
	}

	/** The settings of every base (tokens redacted in their {@code toString()}). */
	public Collection<SeaTableBaseSettings> settings() {
		return this.bases.values().stream().map(SeaTableTemplateFactory.Base::settings).toList();
	}

	/** Every configured base, the default one first. */
	public Collection<SeaTableTemplateFactory.Base> bases() {
		return this.bases.values();
	}

	/** A configured base: its settings, template, quota and token. */
	public SeaTableTemplateFactory.Base base(String name) {
		SeaTableTemplateFactory.Base base = this.bases.get(name);
		if (base == null) {
			throw new IllegalArgumentException("No SeaTable base named '" + name + "'; configured bases: "
					+ this.bases.keySet() + ". Add seatable.bases." + name + ".api-token to configure it.");
		}
		return base;
	}

}
