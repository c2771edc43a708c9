package io.github.seatablespring.account;

import java.util.List;
import java.util.Map;

import io.github.seatablespring.account.http.AccountApiClient.Body;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.core.io.Resource;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.MultipartBodyBuilder;

/** Forms operations of the account API. */
final class DefaultReactiveFormsOperations implements ReactiveFormsOperations {

	private static final String FORMS = "/api/v2.1/forms/";

	private static final String FORM = "/api/v2.1/forms/{form_token}/";

	private static final String FORMS_DUPLICATE = "/api/v2.1/forms/{form_token}/duplicate/";

	private static final String FORMS_LOGOS = "/api/v2.1/forms/{form_token}/logos/";

	private static final String FORMS_SHARED = "/api/v2.1/forms/shared/";

	private final AccountCalls calls;

	DefaultReactiveFormsOperations(AccountCalls calls) {
		this.calls = calls;
	}

	@Override
	public Mono<List<Map<String, @Nullable Object>>> list(long workspaceId, String baseName) {
		return this.calls.get(FORMS, Map.of(), Params.of("workspace_id", Params.workspace(workspaceId), "base_name",
				Params.text(baseName, "baseName")), (answer) -> AccountResponses.objects(answer, "form_list"));
	}

	@Override
	public Mono<Map<String, @Nullable Object>> create(long workspaceId, String baseName, String formConfig) {
		return this.calls.send(HttpMethod.POST, FORMS, Map.of(),
				Body.form(Params.of("workspace_id", Params.workspace(workspaceId), "name",
						Params.text(baseName, "baseName"), "form_config", Params.text(formConfig, "formConfig"))),
				AccountResponses::object);
	}

	@Override
	public Mono<Map<String, @Nullable Object>> update(String formToken, String formConfig) {
		return this.calls.send(HttpMethod.PUT, FORM, Params.of("form_token", Params.text(formToken, "formToken")),
				Body.form(Params.of("form_config", Params.text(formConfig, "formConfig"))), AccountResponses::object);
	}

	@Override
	public Mono<Void> delete(String formToken) {
		return this.calls.run(HttpMethod.DELETE, FORM, Params.of("form_token", Params.text(formToken, "formToken")),
				Map.of(), Body.none());
	}

	@Override
	public Mono<Map<String, @Nullable Object>> duplicate(String formToken) {
		return this.calls.send(HttpMethod.POST, FORMS_DUPLICATE,
				Params.of("form_token", Params.text(formToken, "formToken")), Body.none(), AccountResponses::object);
	}

	@Override
	public Mono<Void> uploadLogo(String formToken, Resource logo) {
		MultipartBodyBuilder parts = new MultipartBodyBuilder();
		parts.part("form_logo", Params.file(logo, "logo"));
		return this.calls.run(HttpMethod.POST, FORMS_LOGOS,
				Params.of("form_token", Params.text(formToken, "formToken")), Map.of(), Body.multipart(parts));
	}

	@Override
	public Mono<List<Map<String, @Nullable Object>>> listShared() {
		return this.calls.get(FORMS_SHARED, Map.of(), Map.of(),
				(answer) -> AccountResponses.objects(answer, "shared_list"));
	}

}
