package io.github.seatablespring.http;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import io.netty.buffer.UnpooledByteBufAllocator;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.NettyDataBuffer;
import org.springframework.core.io.buffer.NettyDataBufferFactory;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpRequest;
import org.springframework.mock.http.client.MockClientHttpRequest;
import org.springframework.web.reactive.function.client.ClientResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An answer read whole hands its body out once, to whichever reader comes first, and
 * releases it if nobody read it.
 */
class ReadAnswerTests {

	private final NettyDataBufferFactory buffers = new NettyDataBufferFactory(UnpooledByteBufAllocator.DEFAULT);

	private final HttpRequest request = new MockClientHttpRequest(HttpMethod.GET,
			URI.create("https://cloud.example.com/api-gateway/api/v2/dtables/x/rows/"));

	@Test
	void theBodyIsHandedOutOnce() {
		NettyDataBuffer body = body("{\"rows\":[]}");
		ReadAnswer answer = new ReadAnswer(answer(), body);
		assertThat(answer.take()).isSameAs(body);
		assertThat(answer.take()).isNull();
		assertThat(answer.bodyToMono(String.class).block()).isNull();
		answer.releaseBody().block();
		assertThat(body.getNativeBuffer().refCnt()).isOne();
	}

	@Test
	void aReadThroughTheResponseGetsTheBodyAndASecondFindsItEmpty() {
		NettyDataBuffer body = body("{\"error_msg\":\"Token expired.\"}");
		ReadAnswer answer = new ReadAnswer(answer(), body);
		assertThat(answer.bodyToMono(String.class).block()).isEqualTo("{\"error_msg\":\"Token expired.\"}");
		assertThat(body.getNativeBuffer().refCnt()).isZero();
		assertThat(answer.bodyToMono(String.class).block()).isNull();
		assertThat(answer.take()).isNull();
	}

	@Test
	void anUnreadBodyIsReleased() {
		NettyDataBuffer body = body("{}");
		new ReadAnswer(answer(), body).releaseBody().block();
		assertThat(body.getNativeBuffer().refCnt()).isZero();
	}

	@Test
	void aCopyKeepsTheRequestAndTheBody() {
		ClientResponse copy = new ReadAnswer(answer(), body("{\"a\":1}")).mutate().build();
		assertThat(copy.request().getMethod()).isEqualTo(HttpMethod.GET);
		assertThat(copy.request().getURI()).isEqualTo(this.request.getURI());
		assertThat(copy.statusCode()).isEqualTo(HttpStatus.OK);
		assertThat(copy.bodyToMono(String.class).block()).isEqualTo("{\"a\":1}");
	}

	private ClientResponse answer() {
		return ClientResponse.create(HttpStatus.OK)
			.header("Content-Type", "application/json")
			.request(this.request)
			.build();
	}

	private NettyDataBuffer body(String json) {
		DataBuffer buffer = this.buffers.wrap(json.getBytes(StandardCharsets.UTF_8));
		return (NettyDataBuffer) buffer;
	}

}
