package io.github.seatablespring.benchmarks;

import java.time.Duration;

/**
 * Streams the stub's 1,000,000-row table with one client and exits 0 when every row
 * arrived. Run in a JVM of its own with a small {@code -Xmx}:
 * {@code HeapProbe <stub url> starter|webclient}.
 */
public final class HeapProbe {

	private HeapProbe() {
	}

	public static void main(String[] args) {
		String url = args[0];
		long rows = args[1].equals("starter")
				? Clients.starter(url).streamRows(StubServer.BIG_TABLE).count().block(Duration.ofMinutes(5))
				: Clients.handWritten(url).streamRows(StubServer.BIG_TABLE).count().block(Duration.ofMinutes(5));
		System.out.println("streamed " + rows + " rows");
		System.exit((rows == StubServer.BIG_TABLE_ROWS) ? 0 : 1);
	}

}
