package io.github.seatablespring.core;

import java.util.List;

import io.github.seatablespring.model.Collaborator;
import io.github.seatablespring.model.Metadata;
import reactor.core.publisher.Mono;

/**
 * Reactive operations on one SeaTable base; the twin of {@link SeaTableOperations} with the same
 * method names. Nothing happens until a returned publisher is subscribed. Tokens, paging, batch
 * limits, the quota and 429 answers are handled inside. The operations on rows and SQL are
 * those of {@link ReactiveRowsOperations}, inherited.
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

	/** Operations on the columns of a table (list, insert, append, update, delete, select options, cascades). */
	ReactiveColumnsOperations columns();

	/** Operations on links between rows (create, update, delete, list linked rows, auto-links). */
	ReactiveLinksOperations links();

	/** Operations on row locks (lock, unlock). */
	ReactiveRowLocksOperations rowLocks();

	/** Operations on the big-data backend (archive, unarchive, archived rows, operations). */
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

}
