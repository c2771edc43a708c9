package io.github.seatablespring.account;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.core.io.Resource;

/**
 * Reactive operations on the forms of bases; reached with {@code account.forms()}.
 *
 * @see FormsOperations
 */
public interface ReactiveFormsOperations {

	/** The forms of a base ({@code listForms}). */
	Mono<List<Map<String, @Nullable Object>>> list(long workspaceId, String baseName);

	/** Creates a form ({@code createForm}). */
	Mono<Map<String, @Nullable Object>> create(long workspaceId, String baseName, String formConfig);

	/** Changes the configuration of a form ({@code updateForm}). */
	Mono<Map<String, @Nullable Object>> update(String formToken, String formConfig);

	/** Deletes a form ({@code deleteForm}). */
	Mono<Void> delete(String formToken);

	/** Copies a form ({@code duplicateForm}). */
	Mono<Map<String, @Nullable Object>> duplicate(String formToken);

	/** Uploads the logo of a form; the image is streamed ({@code uploadFormLogo}). */
	Mono<Void> uploadLogo(String formToken, Resource logo);

	/** The forms shared with the account ({@code listSharedForms}). */
	Mono<List<Map<String, @Nullable Object>>> listShared();

}
