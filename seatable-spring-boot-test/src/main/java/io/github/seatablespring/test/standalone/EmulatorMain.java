package io.github.seatablespring.test.standalone;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import io.github.seatablespring.test.EmulatedBase;
import io.github.seatablespring.test.SeaTableEmulator;

/**
 * Runs a {@link SeaTableEmulator} on its own until Ctrl-C, for any HTTP client: curl, the
 * official SDKs, Postman. Prints the server URL and a read-write and a read-only API
 * token of its base. Everything lives in memory: nothing is written to disk.
 *
 * <pre>
 * --port=N              port to listen on (default 8080; 0 for a free one)
 * --host=ADDRESS        address to listen on (default 127.0.0.1, loopback only)
 * --base=NAME           name of the base (default "Emulated base")
 * --fixture=FILE.json   seed the base from a JSON fixture (repeatable)
 * --csv=TABLE=FILE.csv  append a CSV file's rows to a table (repeatable)
 * --time-zone=ZONE      the server's time zone for date cells (default UTC)
 * --requests-per-minute=N, --requests-per-day=N   the per-base quota (default 300 and 5000)
 * </pre>
 */
public final class EmulatorMain {

	private EmulatorMain() {
	}

	public static void main(String[] args) throws InterruptedException {
		Options options;
		try {
			options = Options.parse(args);
		}
		catch (IllegalArgumentException ex) {
			System.err.println(ex.getMessage());
			System.err.println(Options.USAGE);
			System.exit(2);
			return;
		}
		SeaTableEmulator emulator = start(options, System.out);
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			emulator.close();
			stopped.countDown();
		}, "seatable-emulator-shutdown"));
		stopped.await();
	}

	/** Starts the emulator the options describe and prints how to reach it. */
	static SeaTableEmulator start(Options options, PrintStream out) {
		SeaTableEmulator emulator = SeaTableEmulator.builder()
			.host(options.host)
			.port(options.port)
			.timeZone(options.zone)
			.requestsPerMinute(options.requestsPerMinute)
			.requestsPerDay(options.requestsPerDay)
			.build()
			.start();
		try {
			EmulatedBase base = emulator.createBase(options.baseName);
			options.fixtures.forEach(base::load);
			options.csvs.forEach((csv) -> base.loadCsv(csv.table(), csv.file()));
			String readOnly = base.createApiToken(true);
			out.println("SeaTable emulator " + SeaTableEmulator.VERSION + " running at " + emulator.serverUrl());
			out.println("Base \"" + base.name() + "\" (" + base.uuid() + "), tables: " + base.tableNames());
			out.println("API token (read-write): " + base.apiToken());
			out.println("API token (read-only):  " + readOnly);
			out.println("Try: curl -H 'Authorization: Token " + base.apiToken() + "' " + emulator.serverUrl()
					+ "/api/v2.1/dtable/app-access-token/");
			out.println("Press Ctrl-C to stop.");
			out.flush();
			return emulator;
		}
		catch (RuntimeException ex) {
			emulator.close();
			throw ex;
		}
	}

	/** The command line's options. */
	static final class Options {

		static final String USAGE = "usage: EmulatorMain [--port=8080] [--host=127.0.0.1] [--base=NAME] "
				+ "[--fixture=FILE.json]... [--csv=TABLE=FILE.csv]... [--time-zone=UTC] "
				+ "[--requests-per-minute=300] [--requests-per-day=5000]";

		int port = 8080;

		String host = "127.0.0.1";

		String baseName = "Emulated base";

		ZoneId zone = ZoneId.of("UTC");

		int requestsPerMinute = 300;

		int requestsPerDay = 5000;

		final List<Path> fixtures = new ArrayList<>();

		final List<CsvFile> csvs = new ArrayList<>();

		static Options parse(String[] args) {
			Options options = new Options();
			for (String arg : args) {
				int equals = arg.indexOf('=');
				if (!arg.startsWith("--") || equals < 0) {
					throw new IllegalArgumentException("unknown argument " + arg);
				}
				String name = arg.substring(2, equals);
				String value = arg.substring(equals + 1);
				switch (name) {
					case "port" -> options.port = number(name, value);
					case "host" -> options.host = value;
					case "base" -> options.baseName = value;
					case "fixture" -> options.fixtures.add(file(value));
					case "csv" -> {
						int split = value.indexOf('=');
						if (split <= 0) {
							throw new IllegalArgumentException("--csv takes TABLE=FILE.csv, not " + value);
						}
						options.csvs.add(new CsvFile(value.substring(0, split), file(value.substring(split + 1))));
					}
					case "time-zone" -> options.zone = ZoneId.of(value);
					case "requests-per-minute" -> options.requestsPerMinute = number(name, value);
					case "requests-per-day" -> options.requestsPerDay = number(name, value);
					default -> throw new IllegalArgumentException("unknown option --" + name);
				}
			}
			return options;
		}

		private static int number(String name, String value) {
			try {
				return Integer.parseInt(value);
			}
			catch (NumberFormatException ex) {
				throw new IllegalArgumentException("--" + name + " takes a number, not " + value);
			}
		}

		private static Path file(String value) {
			Path path = Path.of(value);
			if (!Files.isRegularFile(path)) {
				throw new IllegalArgumentException("no such file: " + value);
			}
			return path;
		}

	}

	/**
	 * A CSV file to load.
	 *
	 * @param table the table to append its rows to
	 * @param file the file
	 */
	record CsvFile(String table, Path file) {
	}

}
