package io.github.seatablespring.model;

import java.util.List;

/**
 * A page of a row's activities.
 *
 * @param activities the activities on this page, newest first
 * @param totalCount how many activities the row has on all pages
 */
public record RowActivities(List<RowActivity> activities, long totalCount) {

	public RowActivities {
		activities = List.copyOf(activities);
	}

}
