package io.github.seatablespring.quota;

import java.util.ArrayList;
import java.util.List;

import io.github.seatablespring.autoconfigure.SeaTableBaseSettings;
import io.github.seatablespring.autoconfigure.SeaTableBases;
import io.github.seatablespring.core.ReactiveSeaTableTemplate;
import io.github.seatablespring.ratelimit.QuotaLimiter;
import io.github.seatablespring.test.EmulatedBase;
import io.github.seatablespring.test.SeaTableEmulator;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One instance of an application using the starter, as its own Spring application
 * context: what a replica of a service is. Several of them on one emulated base share its
 * server quota.
 */
final class QuotaApplication implements AutoCloseable {

	private final ConfigurableApplicationContext context;

	private QuotaApplication(ConfigurableApplicationContext context) {
		this.context = context;
	}

	/**
	 * Starts an instance on {@code base}, with Redis on {@code redisPort} and further
	 * properties.
	 */
	static QuotaApplication start(SeaTableEmulator emulator, EmulatedBase base, int redisPort, String... properties) {
		List<String> all = new ArrayList<>(List.of("seatable.server-url=" + emulator.serverUrl(),
				"seatable.api-token=" + base.apiToken(), "spring.data.redis.host=127.0.0.1",
				"spring.data.redis.port=" + redisPort, "spring.data.redis.repositories.enabled=false",
				"spring.main.banner-mode=off", "spring.main.log-startup-info=false"));
		all.addAll(List.of(properties));
		return new QuotaApplication(new SpringApplicationBuilder(App.class).web(WebApplicationType.NONE)
			.properties(all.toArray(String[]::new))
			.run());
	}

	ReactiveSeaTableTemplate template() {
		return this.context.getBean(ReactiveSeaTableTemplate.class);
	}

	QuotaLimiter quota() {
		return bases().quota(SeaTableBaseSettings.DEFAULT_BASE).orElseThrow();
	}

	SeaTableBases bases() {
		return this.context.getBean(SeaTableBases.class);
	}

	<T> T bean(Class<T> type) {
		return this.context.getBean(type);
	}

	@Override
	public void close() {
		this.context.close();
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class App {

	}

}
