package io.github.seatablespring.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;

import io.github.seatablespring.core.ReactiveSeaTableOperations;
import io.github.seatablespring.core.RowQuery;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Throughput of the starter and of hand-written WebClient code measured A/B interleaved
 * in one JVM against one stub: short windows alternate between the two, so that the load
 * other processes put on the machine affects both alike. Each round is a pair of adjacent
 * windows, one of each client; the ratio printed is the median of the rounds' ratios, so
 * that a load that comes and goes moves whole rounds, not one client's median.
 */
final class Interleaved {

	private static final long WINDOW_NANOS = 500_000_000L;

	private static final int ROUNDS = 21;

	/** Windows of each client before measuring, for the JIT. */
	private static final int WARMUP_WINDOWS = 6;

	/** Calls of 10,000 rows each client makes before the appends are timed. */
	private static final int APPEND_WARMUP_CALLS = 20;

	private Interleaved() {
	}

	static List<String> run() {
		List<String> lines = new ArrayList<>();
		try (StubServer stub = new StubServer()) {
			ReactiveSeaTableOperations starter = Clients.starter(stub.url());
			Clients.HandWritten hand = Clients.handWritten(stub.url());
			Map<String, IntFunction<Mono<?>>[]> scenarios = new LinkedHashMap<>();
			scenarios.put("getRow", pair((i) -> starter.getRow(StubServer.TABLE, StubServer.ROW_ID),
					(i) -> hand.getRow(StubServer.TABLE, StubServer.ROW_ID)));
			scenarios.put("listRows100",
					pair((i) -> starter.listRows(RowQuery.table(StubServer.TABLE).limit(100)).collectList(),
							(i) -> hand.listRows(StubServer.TABLE, 0, 100)));
			scenarios.put("listRows1000",
					pair((i) -> starter.listRows(RowQuery.table(StubServer.TABLE).limit(1000)).collectList(),
							(i) -> hand.listRows(StubServer.TABLE, 0, 1000)));
			lines.add(String.format(Locale.ROOT,
					"%-20s %12s %12s %7s   (rates: medians of %d interleaved 0.5 s windows; ratio: median of the rounds' ratios)",
					"throughput", "starter/s", "webclient/s", "ratio", ROUNDS));
			for (Map.Entry<String, IntFunction<Mono<?>>[]> scenario : scenarios.entrySet()) {
				for (int concurrency : new int[] { 1, 64 }) {
					IntFunction<Mono<?>> a = scenario.getValue()[0];
					IntFunction<Mono<?>> b = scenario.getValue()[1];
					for (int i = 0; i < WARMUP_WINDOWS; i++) {
						window(a, concurrency);
						window(b, concurrency);
					}
					double[] starterRates = new double[ROUNDS];
					double[] handRates = new double[ROUNDS];
					for (int round = 0; round < ROUNDS; round++) {
						// alternate which goes first, so neither always follows the
						// other's garbage
						if (round % 2 == 0) {
							starterRates[round] = window(a, concurrency);
							handRates[round] = window(b, concurrency);
						}
						else {
							handRates[round] = window(b, concurrency);
							starterRates[round] = window(a, concurrency);
						}
					}
					double[] ratios = new double[ROUNDS];
					for (int round = 0; round < ROUNDS; round++) {
						ratios[round] = starterRates[round] / handRates[round];
					}
					String line = String.format(Locale.ROOT, "%-20s %12.0f %12.0f %7.2f",
							scenario.getKey() + " c=" + concurrency, median(starterRates), median(handRates),
							median(ratios));
					System.out.println(line);
					lines.add(line);
				}
			}
		}
		return lines;
	}

	/**
	 * appendRows of 1k to 300k rows, each size appended by both clients in turn,
	 * {@code rounds} times; the ratio is the median of the rounds' ratios.
	 */
	static List<String> append(int rounds) {
		List<String> lines = new ArrayList<>();
		lines.add(String.format(Locale.ROOT,
				"%-20s %12s %12s %7s %14s   (times: medians of %d interleaved calls; ratio: median of the rounds' ratios)",
				"appendRows", "starter ms", "webclient ms", "ratio", "starter us/row", rounds));
		try (StubServer stub = new StubServer()) {
			ReactiveSeaTableOperations starter = Clients.starter(stub.url());
			Clients.HandWritten hand = Clients.handWritten(stub.url());
			// both compiled before the first size is timed: otherwise the small sizes
			// measure the JIT, and the client with more code to compile loses
			List<Map<String, Object>> warmUp = AppendBenchmarks.rows(10_000);
			for (int i = 0; i < APPEND_WARMUP_CALLS; i++) {
				starter.appendRows(StubServer.TABLE, warmUp).block();
				hand.appendRows(StubServer.TABLE, warmUp).block();
			}
			for (int size : new int[] { 1_000, 10_000, 100_000, 300_000 }) {
				List<Map<String, Object>> rows = AppendBenchmarks.rows(size);
				IntFunction<Mono<?>> a = (i) -> starter.appendRows(StubServer.TABLE, rows);
				IntFunction<Mono<?>> b = (i) -> hand.appendRows(StubServer.TABLE, rows);
				a.apply(0).block();
				b.apply(0).block();
				double[] starterMs = new double[rounds];
				double[] handMs = new double[rounds];
				for (int round = 0; round < rounds; round++) {
					if (round % 2 == 0) {
						starterMs[round] = millis(a);
						handMs[round] = millis(b);
					}
					else {
						handMs[round] = millis(b);
						starterMs[round] = millis(a);
					}
				}
				double[] ratios = new double[rounds];
				for (int round = 0; round < rounds; round++) {
					ratios[round] = starterMs[round] / handMs[round];
				}
				double s = median(starterMs);
				String line = String.format(Locale.ROOT, "%-20s %12.0f %12.0f %7.2f %14.2f", size + " rows", s,
						median(handMs), median(ratios), s * 1000 / size);
				System.out.println(line);
				lines.add(line);
			}
		}
		return lines;
	}

	private static double millis(IntFunction<Mono<?>> call) {
		System.gc();
		long start = System.nanoTime();
		call.apply(0).block();
		return (System.nanoTime() - start) / 1e6;
	}

	@SuppressWarnings("unchecked")
	private static IntFunction<Mono<?>>[] pair(IntFunction<Mono<?>> starter, IntFunction<Mono<?>> hand) {
		return new IntFunction[] { starter, hand };
	}

	/** Calls per second during one window, {@code concurrency} calls in flight. */
	private static double window(IntFunction<Mono<?>> call, int concurrency) {
		long start = System.nanoTime();
		long end = start + WINDOW_NANOS;
		long calls = 0;
		while (System.nanoTime() < end) {
			if (concurrency == 1) {
				call.apply(0).block();
			}
			else {
				Flux.range(0, concurrency).flatMap(call::apply, concurrency).then().block();
			}
			calls += concurrency;
		}
		return calls * 1e9 / (System.nanoTime() - start);
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

}
