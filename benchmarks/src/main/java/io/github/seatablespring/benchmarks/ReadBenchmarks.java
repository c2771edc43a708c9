package io.github.seatablespring.benchmarks;

import java.util.function.IntFunction;

import io.github.seatablespring.core.ReactiveSeaTableOperations;
import io.github.seatablespring.core.RowQuery;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * getRow and listRows (100 and 1,000 rows) of the starter and of hand-written WebClient
 * code, {@code concurrency} requests in flight per invocation. A score is invocations per
 * second, so requests per second are score x concurrency.
 */
@BenchmarkMode(Mode.Throughput)
public class ReadBenchmarks {

	@State(Scope.Benchmark)
	public static class Stack {

		@Param({ "starter", "webclient" })
		public String client;

		@Param({ "1", "64" })
		public int concurrency;

		StubServer stub;

		IntFunction<Mono<?>> getRow;

		IntFunction<Mono<?>> listRows100;

		IntFunction<Mono<?>> listRows1000;

		@Setup(Level.Trial)
		public void start() {
			this.stub = new StubServer();
			if (this.client.equals("starter")) {
				ReactiveSeaTableOperations starter = Clients.starter(this.stub.url());
				this.getRow = (i) -> starter.getRow(StubServer.TABLE, StubServer.ROW_ID);
				this.listRows100 = (i) -> starter.listRows(RowQuery.table(StubServer.TABLE).limit(100)).collectList();
				this.listRows1000 = (i) -> starter.listRows(RowQuery.table(StubServer.TABLE).limit(1000)).collectList();
			}
			else {
				Clients.HandWritten hand = Clients.handWritten(this.stub.url());
				this.getRow = (i) -> hand.getRow(StubServer.TABLE, StubServer.ROW_ID);
				this.listRows100 = (i) -> hand.listRows(StubServer.TABLE, 0, 100);
				this.listRows1000 = (i) -> hand.listRows(StubServer.TABLE, 0, 1000);
			}
			// the first call fetches the token (and warms the connection pool)
			this.getRow.apply(0).block();
		}

		@TearDown(Level.Trial)
		public void stop() {
			this.stub.close();
		}

		Object run(IntFunction<Mono<?>> call) {
			if (this.concurrency == 1) {
				return call.apply(0).block();
			}
			return Flux.range(0, this.concurrency).flatMap(call::apply, this.concurrency).count().block();
		}

	}

	@Benchmark
	public Object getRow(Stack stack) {
		return stack.run(stack.getRow);
	}

	@Benchmark
	public Object listRows100(Stack stack) {
		return stack.run(stack.listRows100);
	}

	@Benchmark
	public Object listRows1000(Stack stack) {
		return stack.run(stack.listRows1000);
	}

}
