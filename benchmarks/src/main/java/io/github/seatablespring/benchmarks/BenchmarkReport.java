package io.github.seatablespring.benchmarks;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every benchmark and prints the starter's figures next to hand-written WebClient
 * code, with their ratio: throughput A/B interleaved, allocation per call and JMH
 * throughput (JMH, gc profiler), appendRows growth (JMH), and the smallest heap that
 * streams 1,000,000 rows (forked JVMs). {@code -Dquick} runs shorter JMH iterations;
 * {@code -Dparts=ab,alloc,abappend,heap} picks parts ({@code append} runs appendRows in
 * JMH instead of interleaved).
 */
public final class BenchmarkReport {

	private static final int[] HEAPS_MB = { 24, 16, 14, 12, 10, 8 };

	private BenchmarkReport() {
	}

	public static void main(String[] args) throws Exception {
		// a set, so that "abappend" does not also pick "ab"
		Set<String> parts = Set.of(System.getProperty("parts", "ab,alloc,abappend,heap").split(","));
		boolean quick = System.getProperty("quick") != null;
		List<String> report = new ArrayList<>();
		report.add("load average before: " + loadAverage() + " (" + Runtime.getRuntime().availableProcessors()
				+ " cores)");
		if (parts.contains("ab")) {
			report.add("");
			report.addAll(Interleaved.run());
		}
		if (parts.contains("alloc")) {
			read(report, quick);
		}
		if (parts.contains("abappend")) {
			report.add("");
			report.addAll(Interleaved.append(9));
		}
		else if (parts.contains("append")) {
			append(report, quick);
		}
		if (parts.contains("heap")) {
			heap(report);
		}
		report.add("load average after: " + loadAverage());
		System.out.println();
		report.forEach(System.out::println);
	}

	private static ChainedOptionsBuilder options(Class<?> benchmarks) {
		return new OptionsBuilder().include(benchmarks.getName() + ".*")
			.forks(1)
			.jvmArgs("-Xmx1g", "-Xms1g")
			.shouldFailOnError(true);
	}

	private static void read(List<String> report, boolean quick) throws Exception {
		Collection<RunResult> results = new Runner(options(ReadBenchmarks.class).warmupIterations(quick ? 1 : 2)
			.warmupTime(TimeValue.seconds(quick ? 1 : 2))
			.measurementIterations(quick ? 2 : 3)
			.measurementTime(TimeValue.seconds(quick ? 1 : 2))
			.addProfiler(GCProfiler.class)
			.build()).run();
		Map<String, double[]> figures = new LinkedHashMap<>();
		for (RunResult result : results) {
			String name = result.getParams().getBenchmark().replaceAll(".*\\.", "");
			String client = result.getParams().getParam("client");
			int concurrency = Integer.parseInt(result.getParams().getParam("concurrency"));
			double requestsPerSecond = result.getPrimaryResult().getScore() * concurrency;
			Result<?> alloc = secondary(result, "gc.alloc.rate.norm");
			Result<?> gcTime = secondary(result, "gc.time");
			double bytesPerCall = (alloc != null) ? alloc.getScore() / concurrency : Double.NaN;
			double[] row = figures.computeIfAbsent(name + " c=" + concurrency, (key) -> new double[6]);
			int offset = client.equals("starter") ? 0 : 3;
			row[offset] = requestsPerSecond;
			row[offset + 1] = bytesPerCall;
			row[offset + 2] = (gcTime != null) ? gcTime.getScore() : Double.NaN;
		}
		report.add("");
		report.add(String.format(Locale.ROOT, "%-20s %12s %12s %7s | %12s %12s %7s", "JMH", "starter/s", "webclient/s",
				"ratio", "starter B", "webclient B", "ratio"));
		figures.forEach(
				(name, row) -> report.add(String.format(Locale.ROOT, "%-20s %12.0f %12.0f %7.2f | %12.0f %12.0f %7.2f",
						name, row[0], row[3], row[0] / row[3], row[1], row[4], row[1] / row[4])));
		report.add("(throughput in calls/s, higher is better; B = bytes allocated per call, both sides of the"
				+ " loopback stub in one JVM)");
	}

	/** A profiler's result; JMH versions differ in the prefix of its name. */
	private static Result<?> secondary(RunResult result, String name) {
		return result.getSecondaryResults()
			.entrySet()
			.stream()
			.filter((entry) -> entry.getKey().endsWith(name))
			.map(Map.Entry::getValue)
			.findFirst()
			.orElse(null);
	}

	private static void append(List<String> report, boolean quick) throws Exception {
		Collection<RunResult> results = new Runner(options(AppendBenchmarks.class).warmupIterations(1)
			.measurementIterations(quick ? 1 : 3)
			.timeUnit(TimeUnit.MILLISECONDS)
			.build()).run();
		Map<Integer, double[]> figures = new LinkedHashMap<>();
		for (RunResult result : results) {
			String client = result.getParams().getParam("client");
			int rows = Integer.parseInt(result.getParams().getParam("rows"));
			figures.computeIfAbsent(rows, (key) -> new double[2])[client.equals("starter") ? 0 : 1] = result
				.getPrimaryResult()
				.getScore();
		}
		report.add("");
		report.add(String.format(Locale.ROOT, "%-20s %12s %12s %7s %14s", "appendRows", "starter ms", "webclient ms",
				"ratio", "starter us/row"));
		figures.forEach((rows, row) -> report.add(String.format(Locale.ROOT, "%-20s %12.0f %12.0f %7.2f %14.2f",
				rows + " rows", row[0], row[1], row[0] / row[1], row[0] * 1000 / rows)));
	}

	/**
	 * The smallest -Xmx (of {@link #HEAPS_MB}) with which each client streams 1,000,000
	 * rows.
	 */
	private static void heap(List<String> report) throws Exception {
		report.add("");
		report.add("smallest heap that streams " + StubServer.BIG_TABLE_ROWS + " rows:");
		try (StubServer stub = new StubServer()) {
			Map<String, Integer> smallest = new LinkedHashMap<>();
			for (String client : List.of("starter", "webclient")) {
				Integer passed = null;
				for (int mb : HEAPS_MB) {
					boolean ok = streams(stub.url(), client, mb);
					System.out.println("heap " + client + " -Xmx" + mb + "m: " + (ok ? "streamed" : "failed"));
					if (!ok) {
						break;
					}
					passed = mb;
				}
				smallest.put(client, passed);
				report.add(String.format(Locale.ROOT, "  %-10s %s MB", client, (passed != null) ? passed : "> 24"));
			}
			Integer starter = smallest.get("starter");
			Integer hand = smallest.get("webclient");
			if (starter != null && hand != null) {
				report.add(String.format(Locale.ROOT, "  ratio      %.2f", (double) starter / hand));
			}
		}
	}

	private static boolean streams(String url, String client, int mb) throws Exception {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Process process = new ProcessBuilder(java, "-Xmx" + mb + "m", "-cp", System.getProperty("java.class.path"),
				HeapProbe.class.getName(), url, client)
			.redirectErrorStream(true)
			.redirectOutput(new File("target/heap-" + client + "-" + mb + "m.log"))
			.start();
		if (!process.waitFor(3, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			return false;
		}
		return process.exitValue() == 0;
	}

	private static String loadAverage() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).trim();
		}
		catch (Exception ex) {
			return "unknown";
		}
	}

}
