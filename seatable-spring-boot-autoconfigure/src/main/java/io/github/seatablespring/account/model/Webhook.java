package io.github.seatablespring.account.model;

import java.net.URI;

/**
 * A webhook of a base: SeaTable posts every change of the base to {@code url}.
 *
 * @param id the webhook id
 * @param baseUuid the base's UUID
 * @param url where SeaTable posts
 * @param creator who created it
 * @param createdAt when it was created, as SeaTable wrote it (without offset)
 * @param secret the secret SeaTable signs its posts with, empty for none; never printed
 */
public record Webhook(long id, String baseUuid, URI url, String creator, String createdAt, String secret) {

	@Override
	public String toString() {
		return "Webhook[id=" + this.id + ", baseUuid=" + this.baseUuid + ", url=" + this.url + ", creator="
				+ this.creator + ", createdAt=" + this.createdAt + ", secret=<redacted>]";
	}

}
