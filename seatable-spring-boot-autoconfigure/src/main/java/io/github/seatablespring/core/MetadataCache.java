package io.github.seatablespring.core;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import io.github.seatablespring.model.Metadata;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.util.Assert;

/**
 * The base's metadata, fetched at most once per time-to-live and shared by concurrent
 * callers; the template validates rows against it before writing. A failed fetch is not
 * kept. Call {@link #invalidate()} after changing the schema (the template does so for
 * the changes it makes itself), so that the next write sees the new tables and columns.
 */
public final class MetadataCache {

	private final Supplier<Mono<Metadata>> loader;

	private final Duration ttl;

	private final Clock clock;

	private final AtomicReference<@Nullable Entry> current = new AtomicReference<>();

	/**
	 * @param loader fetches the metadata; subscribed once per load
	 * @param ttl how long loaded metadata is used; zero fetches it for every call
	 * @param clock the clock that ages the metadata
	 */
	public MetadataCache(Supplier<Mono<Metadata>> loader, Duration ttl, Clock clock) {
		Assert.isTrue(!ttl.isNegative(), "ttl must not be negative");
		this.loader = loader;
		this.ttl = ttl;
		this.clock = clock;
	}

	/**
	 * The cached metadata, loading it when there is none or it is older than the
	 * time-to-live.
	 */
	public Mono<Metadata> get() {
		return Mono.defer(() -> {
			Entry entry = this.current.get();
			while (entry == null || entry.expired(this.clock.instant(), this.ttl)) {
				Entry fresh = new Entry();
				fresh.metadata = this.loader.get()
					.doOnNext((metadata) -> fresh.loadedAt = this.clock.instant())
					.doOnError((ex) -> this.current.compareAndSet(fresh, null))
					.cache();
				if (this.current.compareAndSet(entry, fresh)) {
					entry = fresh;
				}
				else {
					entry = this.current.get();
				}
			}
			return entry.metadata;
		});
	}

	/**
	 * Metadata loaded at most {@code maxAge} ago: the cached one when it is that recent
	 * (or still loading), otherwise fetched again. Callers that suspect the cache is
	 * stale (a name it does not know) use it so that a burst of such calls fetches once,
	 * not once per call.
	 */
	public Mono<Metadata> getLoadedWithin(Duration maxAge) {
		return Mono.defer(() -> {
			Entry entry = this.current.get();
			if (entry != null && !entry.expired(this.clock.instant(), maxAge)) {
				return get();
			}
			this.current.compareAndSet(entry, null);
			return get();
		});
	}

	/**
	 * Stores metadata fetched elsewhere (for example by {@code getMetadata()}) as the
	 * current one.
	 */
	public void put(Metadata metadata) {
		Entry entry = new Entry();
		entry.metadata = Mono.just(metadata);
		entry.loadedAt = this.clock.instant();
		this.current.set(entry);
	}

	/** Forgets the metadata; the next {@link #get()} fetches it again. */
	public void invalidate() {
		this.current.set(null);
	}

	/**
	 * {@code schemaChange}, invalidating the cache when it ends (also on error: the
	 * change may have been made), before its result reaches the caller.
	 */
	public <T> Mono<T> invalidatingAfter(Mono<T> schemaChange) {
		return schemaChange.doOnTerminate(this::invalidate);
	}

	private static final class Entry {

		private Mono<Metadata> metadata = Mono.empty();

		/** When the load finished; {@code null} while it is under way. */
		private volatile @Nullable Instant loadedAt;

		boolean expired(Instant now, Duration ttl) {
			Instant loaded = this.loadedAt;
			return loaded != null && !now.isBefore(loaded.plus(ttl));
		}

	}

}
