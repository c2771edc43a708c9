package io.github.seatablespring.account.model;

/**
 * Who the account is ({@code getAccountInfo}).
 *
 * @param email the account's user id ({@code ...@auth.local}), used wherever SeaTable
 * asks for a user
 * @param name the display name
 * @param contactEmail the address mails go to
 * @param loginId the optional login id
 * @param avatarUrl the avatar's URL
 * @param institution the institution, often empty
 * @param staff whether the account is a system administrator
 * @param spaceUsage used storage in bytes ({@code usage})
 * @param spaceTotal storage limit in bytes ({@code total}), negative for none
 * @param rowUsage rows used
 * @param rowTotal row limit, negative for none
 */
public record AccountInfo(String email, String name, String contactEmail, String loginId, String avatarUrl,
		String institution, boolean staff, long spaceUsage, long spaceTotal, long rowUsage, long rowTotal) {
}
