package io.github.seatablespring.test.api;

import java.util.List;

/** The areas the emulator answers, mirroring the client's areas. */
public final class Areas {

	private Areas() {
	}

	/**
	 * A route table with every area's routes (each call makes new area instances, with
	 * their own state).
	 */
	public static RouteTable all() {
		RouteTable routes = new RouteTable();
		List<Area> areas = List.of(new PingArea(), new TokenArea(), new MetadataArea(), new RowsArea(), new SqlArea(),
				new TablesArea(), new ColumnsArea(), new ViewsArea(), new LinksArea(), new RowLocksArea(),
				new BigDataArea(), new CommentsArea(), new NotificationsArea(), new ActivitiesArea(),
				new SnapshotsArea(), new FilesArea());
		areas.forEach((area) -> area.register(routes));
		return routes;
	}

}
