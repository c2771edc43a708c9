package io.github.seatablespring.test.api;

import java.util.Map;

import io.github.seatablespring.test.store.EmulatedError;

/**
 * Row comments: list, get, delete, counts (seeded through
 * {@code EmulatedBase.addComment}).
 */
final class CommentsArea implements Area {

	@Override
	public void register(RouteTable routes) {
		String comments = RouteTable.GATEWAY + "/comments/";
		routes.get(comments, Access.BASE_READ, (call) -> call.base().comments().ofRow(call.requiredQuery("row_id")))
			.get(comments + "{comment_id}/", Access.BASE_READ, (call) -> call.base().comments().get(id(call)))
			.delete(comments + "{comment_id}/", Access.BASE_WRITE, (call) -> {
				call.base().comments().delete(id(call));
				return Map.of("success", true);
			})
			.get(RouteTable.GATEWAY + "/comments-count/", Access.BASE_READ,
					(call) -> Map.of("count", call.base().comments().ofRow(call.requiredQuery("row_id")).size()))
			.get(RouteTable.GATEWAY + "/comments-within-days/", Access.BASE_READ,
					(call) -> Map.of("comments", call.base().comments().withinDays(call.intQuery("days", 3))))
			.get("/api/v2.1/dtables/{base_uuid}/rows-comments-num/", Access.BASE_READ,
					(call) -> Map.of("rows_comments_num", call.base().comments().countsByRow()));
	}

	private static long id(Call call) {
		try {
			return Long.parseLong(call.variable("comment_id"));
		}
		catch (NumberFormatException ex) {
			throw EmulatedError.badRequest("comment_id invalid");
		}
	}

}
