package io.github.seatablespring.test.server;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.github.seatablespring.test.fault.Faults;
import io.github.seatablespring.test.http.ApiRequest;
import io.github.seatablespring.test.http.Reply;
import io.netty.channel.ChannelOption;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.QueryStringDecoder;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;

/**
 * The emulator's HTTP server (Reactor Netty): reads a request whole, dispatches it off
 * the event loop, sends the reply.
 */
public final class HttpFrontEnd implements AutoCloseable {

	private final Dispatcher dispatcher;

	private final Faults faults;

	private final DisposableServer server;

	public HttpFrontEnd(String host, int port, Dispatcher dispatcher, Faults faults) {
		this.dispatcher = dispatcher;
		this.faults = faults;
		this.server = HttpServer.create().host(host).port(port).handle(this::handle).bindNow();
	}

	public int port() {
		return this.server.port();
	}

	private Publisher<Void> handle(HttpServerRequest request, HttpServerResponse response) {
		return request.receive()
			.aggregate()
			.asByteArray()
			.defaultIfEmpty(new byte[0])
			.publishOn(Schedulers.boundedElastic())
			.map((body) -> this.dispatcher.dispatch(apiRequest(request, body)))
			.flatMap((reply) -> {
				String path = new QueryStringDecoder(request.uri()).path();
				Duration delay = this.dispatcher.isBaseOperation(path) ? this.faults.takeDelay() : null;
				return (delay != null) ? Mono.delay(delay).then(send(response, reply)) : send(response, reply);
			});
	}

	private static ApiRequest apiRequest(HttpServerRequest request, byte[] body) {
		QueryStringDecoder uri = new QueryStringDecoder(request.uri());
		Map<String, List<String>> headers = new LinkedHashMap<>();
		request.requestHeaders()
			.forEach((entry) -> headers
				.computeIfAbsent(entry.getKey().toLowerCase(Locale.ROOT), (name) -> new ArrayList<>())
				.add(entry.getValue()));
		return new ApiRequest(request.method().name(), uri.path(), uri.rawQuery(), headers, body);
	}

	private static Mono<Void> send(HttpServerResponse response, Reply reply) {
		if (reply.reset()) {
			response.withConnection((connection) -> {
				connection.channel().config().setOption(ChannelOption.SO_LINGER, 0);
				connection.channel().close();
			});
			return Mono.empty();
		}
		response.status(HttpResponseStatus.valueOf(reply.status()));
		reply.headers().forEach(response::header);
		if (reply.body() == null) {
			response.header(HttpHeaderNames.CONTENT_LENGTH, "0");
			return response.send();
		}
		response.header(HttpHeaderNames.CONTENT_TYPE, reply.contentType());
		return response.sendByteArray(Mono.just(reply.body())).then();
	}

	@Override
	public void close() {
		this.server.disposeNow(Duration.ofSeconds(5));
	}

}
