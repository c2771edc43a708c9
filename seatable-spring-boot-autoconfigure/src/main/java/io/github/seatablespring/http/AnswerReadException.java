package io.github.seatablespring.http;

import java.util.function.Function;

import io.github.seatablespring.SeaTableBadRequestException;
import io.github.seatablespring.SeaTableException;
import io.github.seatablespring.SeaTableMalformedResponseException;
import io.github.seatablespring.SeaTableRequestDetails;
import org.jspecify.annotations.Nullable;

/**
 * What an {@link AnswerReader} throws when a successful answer's body does not hold what
 * the operation needs, or reports a failure in spite of its 2xx status. A reader sees
 * only the body, so it cannot tell the request or the status; the client that read the
 * answer turns this into the exception it names, with the answer's method, path and real
 * status (see
 * {@link SeaTableErrors#answered(AnswerReadException, org.springframework.web.reactive.function.client.ClientResponse)}).
 * Should it be thrown anywhere else, it is still a
 * {@link SeaTableMalformedResponseException}, without request details.
 */
public final class AnswerReadException extends SeaTableMalformedResponseException {

	private static final long serialVersionUID = 1L;

	private final transient Function<SeaTableRequestDetails, SeaTableException> exception;

	/**
	 * @param summary what is wrong with the answer
	 * @param exception the exception for the answer, given its details
	 */
	public AnswerReadException(String summary, Function<SeaTableRequestDetails, SeaTableException> exception) {
		super(summary);
		this.exception = exception;
	}

	/**
	 * A body that lacks what the operation needs: a
	 * {@link SeaTableMalformedResponseException}.
	 * @param summary what is wrong, for example {@code "SeaTable's answer held no 'rows'
	 * array"}
	 */
	public static AnswerReadException malformed(String summary) {
		return new AnswerReadException(summary,
				(answer) -> new SeaTableMalformedResponseException(summary, answer, null));
	}

	/**
	 * A 2xx answer that reports a failure, such as {@code "success": false}: a
	 * {@link io.github.seatablespring.SeaTableBadRequestException} with SeaTable's error
	 * message.
	 * @param summary what SeaTable did not do
	 * @param errorMessage SeaTable's error message, if any
	 */
	public static AnswerReadException refused(String summary, @Nullable String errorMessage) {
		return new AnswerReadException(summary, (answer) -> new SeaTableBadRequestException(summary,
				answer.withErrorMessage((errorMessage == null || errorMessage.isBlank()) ? null : errorMessage), null));
	}

	/** The exception for the answer these details describe. */
	public SeaTableException toException(SeaTableRequestDetails answer) {
		return this.exception.apply(answer);
	}

}
