package io.github.seatablespring.core;

import java.util.Map;

import io.github.seatablespring.http.AnswerReader;
import io.github.seatablespring.http.BaseApiClient;
import io.github.seatablespring.model.Snapshot;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpMethod;
import org.springframework.util.Assert;

/** Snapshots operations on the API gateway. */
final class DefaultReactiveSnapshotsOperations implements ReactiveSnapshotsOperations {

	private static final String SNAPSHOT = "/snapshot/";

	private final BaseApiClient api;

	DefaultReactiveSnapshotsOperations(BaseApiClient api) {
		this.api = api;
	}

	@Override
	public Mono<Snapshot> create() {
		return create(Map.of());
	}

	@Override
	public Mono<Snapshot> create(String baseName) {
		Assert.hasText(baseName, "baseName must not be empty");
		return create(Map.of("dtable_name", baseName));
	}

	private Mono<Snapshot> create(Map<String, Object> body) {
		return this.api.exchange(HttpMethod.POST, SNAPSHOT, Map.of(), Map.of(), body, AnswerReader.tree((answer) -> {
			if (!answer.isObject()) {
				throw Responses.malformed("no snapshot object");
			}
			JsonNode snapshot = answer.path("snapshot");
			return new Snapshot(JsonFields.text(answer, "status"), JsonFields.text(snapshot, "dtable_uuid"),
					JsonFields.text(snapshot, "dtable_name"), JsonFields.text(snapshot, "commit_id"),
					JsonFields.epochMillis(snapshot, "ctime"));
		}));
	}

}
