package io.github.seatablespring.account;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.core.io.Resource;

/**
 * Operations on the forms of bases; reached with {@code account.forms()}.
 *
 * @see ReactiveFormsOperations
 */
public interface FormsOperations {

	/** The forms of a base ({@code listForms}). */
	List<Map<String, @Nullable Object>> list(long workspaceId, String baseName);

	/** Creates a form ({@code createForm}). */
	Map<String, @Nullable Object> create(long workspaceId, String baseName, String formConfig);

	/** Changes the configuration of a form ({@code updateForm}). */
	Map<String, @Nullable Object> update(String formToken, String formConfig);

	/** Deletes a form ({@code deleteForm}). */
	void delete(String formToken);

	/** Copies a form ({@code duplicateForm}). */
	Map<String, @Nullable Object> duplicate(String formToken);

	/** Uploads the logo of a form; the image is streamed ({@code uploadFormLogo}). */
	void uploadLogo(String formToken, Resource logo);

	/** The forms shared with the account ({@code listSharedForms}). */
	List<Map<String, @Nullable Object>> listShared();

}
