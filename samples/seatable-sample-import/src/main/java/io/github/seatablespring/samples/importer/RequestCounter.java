package io.github.seatablespring.samples.importer;

import java.util.concurrent.atomic.AtomicInteger;

import io.github.seatablespring.autoconfigure.SeaTableWebClientCustomizer;

import org.springframework.web.reactive.function.client.WebClient;

/**
 * Counts the HTTP requests the SeaTable client sends, token exchanges included, by adding
 * a filter to each base's {@code WebClient}: an example of
 * {@link SeaTableWebClientCustomizer}.
 */
public class RequestCounter implements SeaTableWebClientCustomizer {

	private final AtomicInteger requests = new AtomicInteger();

	@Override
	public void customize(String baseName, WebClient.Builder builder) {
		builder.filter((request, next) -> {
			this.requests.incrementAndGet();
			return next.exchange(request);
		});
	}

	/** Requests sent so far. */
	public int count() {
		return this.requests.get();
	}

}
