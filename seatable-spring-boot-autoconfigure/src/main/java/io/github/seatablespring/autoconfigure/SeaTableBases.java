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

/**
 * Every configured base by name: {@code default} for the top-level {@code seatable.api-token}, and
 * each {@code seatable.bases.<name>}. Inject it to reach a named base:
 *
 * <pre class="code">
 * SeaTableTemplate crm = bases.template("crm");
 * </pre>
 */
public final class SeaTableBases {

	private final Map<String, SeaTableTemplateFactory.Base> bases;

	private final Map<String, SeaTableTemplate> blocking = new ConcurrentHashMap<>();

	SeaTableBases(Map<String, SeaTableTemplateFactory.Base> bases) {
		this.bases = Collections.unmodifiableMap(new LinkedHashMap<>(bases));
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

	/** The client-side quota of a base, empty when {@code rate-limit.enabled} is false for it. */
	public Optional<QuotaLimiter> quota(String name) {
		return Optional.ofNullable(base(name).quota());
	}

	/** The settings of every base (tokens redacted in their {@code toString()}). */
	public Collection<SeaTableBaseSettings> settings() {
		return this.bases.values().stream().map(SeaTableTemplateFactory.Base::settings).toList();
	}

	private SeaTableTemplateFactory.Base base(String name) {
		SeaTableTemplateFactory.Base base = this.bases.get(name);
		if (base == null) {
			throw new IllegalArgumentException("No SeaTable base named '" + name + "'; configured bases: "
					+ this.bases.keySet() + ". Add seatable.bases." + name + ".api-token to configure it.");
		}
		return base;
	}

}
