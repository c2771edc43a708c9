package io.github.seatablespring.http;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.function.Function;

import io.github.seatablespring.SeaTableAuthenticationException;
import io.github.seatablespring.SeaTableBadRequestException;
import io.github.seatablespring.SeaTableException;
import io.github.seatablespring.SeaTableMalformedResponseException;
import io.github.seatablespring.SeaTableNotFoundException;
import io.github.seatablespring.SeaTablePermissionException;
import io.github.seatablespring.SeaTableRateLimitException;
import io.github.seatablespring.SeaTableRequestDetails;
import io.github.seatablespring.SeaTableServerException;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpHeaders;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;

/**
 * Turns SeaTable error responses into the {@link SeaTableException} hierarchy. This is
 * the one place that knows which status means what, including SeaTable's habit of
 * answering an expired token with 403 and the message "Token expired.".
 */
public final class SeaTableErrors {

	/** Header SeaTable may send with a 429: when the limit resets. */
	public static final String RATE_LIMIT_RESET = "x-ratelimit-reset";

	private static final JsonMapper JSON = JsonMapper.shared();

	/**
	 * Epoch seconds start around here; smaller reset values are a number of seconds to
	 * wait.
	 */
	private static final long EPOCH_SECONDS_THRESHOLD = 1_000_000_000L;

	private SeaTableErrors() {
	}

	/**
	 * The details of a request that got no answer: the connection failed, no answer came
	 * in time, or the client refused to send it.
	 */
	public static SeaTableRequestDetails unanswered(ClientRequest request) {
		return SeaTableRequestDetails.unanswered(request.method().name(), request.url().getRawPath());
	}

	/** The details of the answer {@code response} gave to {@code request}. */
	public static SeaTableRequestDetails answered(ClientRequest request, ClientResponse response,
			@Nullable String errorMessage) {
		return SeaTableRequestDetails.answered(request.method().name(), request.url().getRawPath(),
				response.statusCode().value(), errorMessage);
	}

	/** The details of the answer {@code response}, for the request it answers. */
	public static SeaTableRequestDetails answered(ClientResponse response, @Nullable String errorMessage) {
		return SeaTableRequestDetails.answered(response.request().getMethod().name(),
				response.request().getURI().getRawPath(), response.statusCode().value(), errorMessage);
	}

	/**
	 * Reads the error body of {@code response} and maps it to an exception for
	 * {@code request}.
	 */
	public static Mono<SeaTableException> fromResponse(ClientRequest request, ClientResponse response) {
		return fromResponse(response, (errorMessage) -> answered(request, response, errorMessage));
	}

	/**
	 * Reads the error body of {@code response} and maps it to an exception for the
	 * request it answers.
	 */
	public static Mono<SeaTableException> fromResponse(ClientResponse response) {
		return fromResponse(response, (errorMessage) -> answered(response, errorMessage));
	}

	private static Mono<SeaTableException> fromResponse(ClientResponse response,
			Function<@Nullable String, SeaTableRequestDetails> answer) {
		return response.bodyToMono(String.class)
			.defaultIfEmpty("")
			.map((body) -> forStatus(answer.apply(errorMessage(body)), retryAfter(response.headers().asHttpHeaders())));
	}

	/**
	 * The exception an {@link AnswerReader} found in the body of {@code response}, with
	 * the answer's method, path and status: readers see only the body, so the client that
	 * reads the answer attaches its details here, once.
	 */
	public static SeaTableException answered(AnswerReadException ex, ClientResponse response) {
		return ex.toException(answered(response, null));
	}

	/**
	 * The exception for an answer whose body could not be read: a
	 * {@link SeaTableException} (such as the transport's for a cut or stalled body) stays
	 * as it is; anything else (a body that is not JSON, of the wrong type, or larger than
	 * the in-memory limit) is a {@link SeaTableMalformedResponseException}, so that no
	 * decoder's exception reaches the caller.
	 * @param answer the request and the status of its answer
	 * @param ex what reading the body failed with
	 */
	public static SeaTableException unreadable(SeaTableRequestDetails answer, Throwable ex) {
		if (ex instanceof SeaTableException failure) {
			return failure;
		}
		String summary = (ex instanceof DataBufferLimitException)
				? "SeaTable's answer is larger than the client reads into memory"
				: "SeaTable answered with a body the client cannot read";
		return new SeaTableMalformedResponseException(summary, answer, ex);
	}

	/**
	 * {@link #unreadable(SeaTableRequestDetails, Throwable)} for the request
	 * {@code response} answers.
	 */
	public static SeaTableException unreadable(ClientResponse response, Throwable ex) {
		return unreadable(answered(response, null), ex);
	}

	/**
	 * The exception for an answer's status and SeaTable's error message.
	 * @param answer the request, the status it was answered with and SeaTable's error
	 * message
	 * @param retryAfter how long a 429 asks to wait, if it says
	 */
	public static SeaTableException forStatus(SeaTableRequestDetails answer, @Nullable Duration retryAfter) {
		int status = answer.status()
			.orElseThrow(() -> new IllegalArgumentException("an answer without a status: " + answer));
		if (status == 401 || (status == 403 && isTokenProblem(answer.errorMessage()))) {
			return new SeaTableAuthenticationException("SeaTable did not accept the token", answer, null);
		}
		return switch (status) {
			case 400 -> new SeaTableBadRequestException("SeaTable rejected the request", answer, null);
			case 403 -> new SeaTablePermissionException(
					"The token may not do this (a read-only API token, or an account without this permission?)", answer,
					null);
			case 404 -> new SeaTableNotFoundException("Not found in SeaTable", answer, null);
			case 429 -> new SeaTableRateLimitException("SeaTable's rate limit was hit", answer, retryAfter, null);
			default -> (status >= 500) ? new SeaTableServerException("SeaTable failed", answer, null)
					: new SeaTableException("SeaTable answered with an unexpected status", answer, null);
		};
	}

	/**
	 * Whether a 401/403 message says the token itself is the problem (expired or
	 * invalid), as opposed to a valid token lacking permission.
	 */
	public static boolean isTokenProblem(@Nullable String errorMessage) {
		if (errorMessage == null) {
			return false;
		}
		String message = errorMessage.toLowerCase(Locale.ROOT);
		return message.contains("expired") || message.contains("invalid token") || message.contains("token invalid");
	}

	/**
	 * SeaTable's error text from a body: {@code error_msg}, {@code error_message} or
	 * {@code detail}. Non-JSON bodies (a proxy's HTML page) are shortened rather than
	 * dropped.
	 */
	public static @Nullable String errorMessage(String body) {
		if (body.isBlank()) {
			return null;
		}
		try {
			JsonNode json = JSON.readTree(body);
			for (String field : new String[] { "error_msg", "error_message", "detail", "message" }) {
				JsonNode value = json.path(field);
				if (value.isString() && !value.stringValue().isBlank()) {
					return value.stringValue();
				}
			}
			return null;
		}
		catch (RuntimeException ex) {
			String text = body.strip();
			return (text.length() > 200) ? text.substring(0, 200) + "..." : text;
		}
	}

	/**
	 * How long a 429 asks to wait, from {@code x-ratelimit-reset} (seconds, or epoch
	 * seconds) or {@code Retry-After}.
	 */
	public static @Nullable Duration retryAfter(HttpHeaders headers) {
		String reset = headers.getFirst(RATE_LIMIT_RESET);
		if (reset == null) {
			reset = headers.getFirst(HttpHeaders.RETRY_AFTER);
		}
		if (reset == null || reset.isBlank()) {
			return null;
		}
		try {
			double value = Double.parseDouble(reset.trim());
			if (value >= EPOCH_SECONDS_THRESHOLD) {
				Duration untilReset = Duration.between(Instant.now(), Instant.ofEpochMilli((long) (value * 1000)));
				return untilReset.isNegative() ? Duration.ZERO : untilReset;
			}
			return Duration.ofMillis((long) (Math.max(0, value) * 1000));
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
