package io.github.seatablespring.account;

import java.util.List;
import java.util.Map;

import io.github.seatablespring.core.Blocking;
import org.jspecify.annotations.Nullable;

import org.springframework.core.io.Resource;

/** Blocking forms operations that wait for their reactive twin. */
final class DefaultFormsOperations implements FormsOperations {

	private final ReactiveFormsOperations reactive;

	DefaultFormsOperations(ReactiveFormsOperations reactive) {
		this.reactive = reactive;
	}

	@Override
	public List<Map<String, @Nullable Object>> list(long workspaceId, String baseName) {
		return Blocking.await(this.reactive.list(workspaceId, baseName));
	}

	@Override
	public Map<String, @Nullable Object> create(long workspaceId, String baseName, String formConfig) {
		return Blocking.await(this.reactive.create(workspaceId, baseName, formConfig));
	}

	@Override
	public Map<String, @Nullable Object> update(String formToken, String formConfig) {
		return Blocking.await(this.reactive.update(formToken, formConfig));
	}

	@Override
	public void delete(String formToken) {
		Blocking.run(this.reactive.delete(formToken));
	}

	@Override
	public Map<String, @Nullable Object> duplicate(String formToken) {
		return Blocking.await(this.reactive.duplicate(formToken));
	}

	@Override
	public void uploadLogo(String formToken, Resource logo) {
		Blocking.run(this.reactive.uploadLogo(formToken, logo));
	}

	@Override
	public List<Map<String, @Nullable Object>> listShared() {
		return Blocking.await(this.reactive.listShared());
	}

}
