package io.github.seatablespring.autoconfigure;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * {@link SeaTableConnectionDetails} read from {@code seatable.server-url},
 * {@code seatable.api-token} and {@code seatable.bases.<name>.server-url|api-token}.
 */
class PropertiesSeaTableConnectionDetails implements SeaTableConnectionDetails {

	private final SeaTableProperties properties;

	PropertiesSeaTableConnectionDetails(SeaTableProperties properties) {
		this.properties = properties;
	}

	@Override
	public URI getServerUrl() {
		return this.properties.getServerUrl();
	}

	@Override
	public @Nullable String getApiToken() {
		return this.properties.getApiToken();
	}

	@Override
	public Map<String, Base> getBases() {
		Map<String, Base> bases = new LinkedHashMap<>();
		this.properties.getBases().forEach((name, base) -> {
			if (base.getApiToken() != null) {
				bases.put(name, new Base(base.getServerUrl(), base.getApiToken()));
			}
		});
		return bases;
	}

}
