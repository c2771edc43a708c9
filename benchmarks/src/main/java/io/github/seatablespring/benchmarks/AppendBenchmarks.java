package io.github.seatablespring.benchmarks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.github.seatablespring.core.ReactiveSeaTableOperations;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import reactor.core.publisher.Mono;

/**
 * appendRows of 1k to 300k rows, one call each: the starter (with its validation) and
 * hand-written chunks.
 */
@BenchmarkMode(Mode.SingleShotTime)
public class AppendBenchmarks {

	@State(Scope.Benchmark)
	public static class Stack {

		@Param({ "starter", "webclient" })
		public String client;

		@Param({ "1000", "10000", "100000", "300000" })
		public int rows;

		StubServer stub;

		List<Map<String, Object>> values;

		Function<List<Map<String, Object>>, Mono<?>> append;

		@Setup(Level.Trial)
		public void start() {
			this.stub = new StubServer();
			this.values = rows(this.rows);
			if (this.client.equals("starter")) {
				ReactiveSeaTableOperations starter = Clients.starter(this.stub.url());
				this.append = (rows) -> starter.appendRows(StubServer.TABLE, rows);
				starter.getMetadata().block();
			}
			else {
				Clients.HandWritten hand = Clients.handWritten(this.stub.url());
				this.append = (rows) -> hand.appendRows(StubServer.TABLE, rows);
			}
			this.append.apply(this.values.subList(0, 1)).block();
		}

		@TearDown(Level.Trial)
		public void stop() {
			this.stub.close();
		}

	}

	/** Rows of five columns of the stub's table. */
	static List<Map<String, Object>> rows(int count) {
		List<Map<String, Object>> values = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("Name", "Customer " + i);
			row.put("Amount", i * 13.25);
			row.put("Count", i);
			row.put("Done", i % 2 == 0);
			row.put("Due", "2030-06-20");
			values.add(row);
		}
		return values;
	}

	@Benchmark
	public Object appendRows(Stack stack) {
		return stack.append.apply(stack.values).block();
	}

}
