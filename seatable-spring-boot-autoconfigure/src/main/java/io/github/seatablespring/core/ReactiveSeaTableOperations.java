package io.github.seatablespring.core;

import java.util.List;
import java.util.Map;

import io.github.seatablespring.model.Collaborator;
import io.github.seatablespring.model.Metadata;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpMethod;

/**
 * Reactive operations on one SeaTable base; the twin of {@link SeaTableOperations} with
 * the same method names. Nothing happens until a returned publisher is subscribed.
 * Tokens, paging, batch limits, the quota and 429 answers are handled inside. The
 * operations on rows and SQL are those of {@link ReactiveRowsOperations}, inherited.
 *
 * @see ReactiveSeaTableTemplate
 */
public interface ReactiveSeaTableOperations extends ReactiveRowsOperations {

	/** The base's tables with their columns and views. */
	Mono<Metadata> getMetadata();

	/** The users who can access the base ({@code listCollaborators}). */
	Mono<List<Collaborator>> getCollaborators();

	/** Operations on the tables of the base. */
	ReactiveTableOperations tables();

	/** Operations on the views of a table (list, get, create, update, delete). */
	ReactiveViewsOperations views();

	/**
	 * Operations on the columns of a table (list, insert, append, update, delete, select
	 * options, cascades).
	 */
	ReactiveColumnsOperations columns();

	/**
	 * Operations on links between rows (create, update, delete, list linked rows,
	 * auto-links).
	 */
	ReactiveLinksOperations links();

	/** Operations on row locks (lock, unlock). */
	ReactiveRowLocksOperations rowLocks();

	/**
	 * Operations on the big-data backend (archive, unarchive, archived rows, operations).
	 */
	ReactiveBigDataOperations bigData();

	/** Operations on row comments (list, get, delete, counts). */
	ReactiveCommentsOperations comments();

	/** Operations on base notifications and toasts. */
	ReactiveNotificationsOperations notifications();

	/** Operations on the base's operation log and row activities. */
	ReactiveActivitiesOperations activities();

	/** Operations on snapshots of the base. */
	ReactiveSnapshotsOperations snapshots();

	/** Operations on the base's files and images (authenticated with the API token). */
	ReactiveFilesOperations files();

	/**
	 * The operations on rows and SQL; the template's own row methods are these.
	 */
	default ReactiveRowsOperations rows() {
		return this;
	}

	/**
	 * Sends any request to the base's API gateway, for endpoints this template does not
	 * cover: authenticated with the base token, counted by the quota, retried and mapped
	 * to {@link io.github.seatablespring.SeaTableException}s like every other operation.
	 * @param method the HTTP method
	 * @param path the path below {@code /api-gateway/api/v2/dtables/{base_uuid}}, for
	 * example {@code /rows/{row_id}/}; a template, so that {@code http.client.requests}
	 * tags it as given
	 * @param uriVariables values of the path's {@code {variables}}, encoded as needed
	 * @param query query parameters; {@code null} values are left out
	 * @param body the JSON body, or {@code null} for none
	 * @return the answer's JSON, a missing node for an empty answer
	 */
	Mono<JsonNode> exchange(HttpMethod method, String path, Map<String, ?> uriVariables, Map<String, ?> query,
			@Nullable Object body);

	/**
	 * Sends any request to the base's API gateway, as
	 * {@link #exchange(HttpMethod, String, Map, Map, Object)}, and maps the answer to
	 * {@code type} with the template's mapper.
	 */
	<T> Mono<T> exchange(HttpMethod method, String path, Map<String, ?> uriVariables, Map<String, ?> query,
			@Nullable Object body, Class<T> type);

}
