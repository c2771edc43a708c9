package io.github.seatablespring.autoconfigure;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.codec.autoconfigure.CodecsAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;

/**
 * The auto-configurations an application with the starter has, for
 * {@link ApplicationContextRunner} tests.
 */
final class SeaTableContextRunners {

	private SeaTableContextRunners() {
	}

	static ApplicationContextRunner runner() {
		return new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class,
				CodecsAutoConfiguration.class, WebClientAutoConfiguration.class, SeaTableAutoConfiguration.class));
	}

}
