package io.github.seatablespring.model;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A {@code digital-sign} cell: {@code {"username": "...@auth.local", "sign_image_url":
 * "/digital-signs/...png", "sign_time": "2023-06-22T09:42:08.761+00:00"}}.
 *
 * @param username the SeaTable user who signed
 * @param signImageUrl the URL of the signature image
 * @param signTime when the user signed
 */
public record DigitalSignature(String username, @JsonProperty("sign_image_url") @Nullable String signImageUrl,
		@JsonProperty("sign_time") @Nullable OffsetDateTime signTime) {

}
