package io.github.seatablespring.model;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A {@code geolocation} cell. Which parts are set depends on the column's
 * {@code geo_format}: {@code lng_lat} uses {@code lat} and {@code lng} ({@code {"lat":
 * 50, "lng": 8.23}}), {@code country_region} uses {@code country_region}
 * ({@code {"country_region": "Germany"}}), the address formats use {@code province},
 * {@code city}, {@code district} and {@code detail}. Parts not set are left out of the
 * JSON. Coordinates are {@link BigDecimal}s, so {@code 50} is written back as {@code 50}
 * and {@code 8.23} as {@code 8.23}.
 *
 * @param lat the latitude (-90 to 90)
 * @param lng the longitude (-180 to 180)
 * @param countryRegion the country or region
 * @param province the province or state
 * @param city the city
 * @param district the district
 * @param detail the street address
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Geolocation(@Nullable BigDecimal lat, @Nullable BigDecimal lng,
		@JsonProperty("country_region") @Nullable String countryRegion, @Nullable String province,
		@Nullable String city, @Nullable String district, @Nullable String detail) {

	/** A point for a column with {@code geo_format} {@code lng_lat}. */
	public static Geolocation of(double lat, double lng) {
		return new Geolocation(BigDecimal.valueOf(lat), BigDecimal.valueOf(lng), null, null, null, null, null);
	}

	/**
	 * A country or region for a column with {@code geo_format} {@code country_region}.
	 */
	public static Geolocation countryRegion(String countryRegion) {
		return new Geolocation(null, null, countryRegion, null, null, null, null);
	}

}
