package io.github.seatablespring.test.api;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A method and path template
 * ({@code /api-gateway/api/v2/dtables/{base_uuid}/rows/{row_id}/}) with its access rule
 * and handler. The template matches with and without its trailing slash, as SeaTable's
 * gateway accepts both.
 *
 * @param method the HTTP method
 * @param template the path template
 * @param pattern the template as a regular expression
 * @param names the names of the template's variables, in order
 * @param access who may call it
 * @param handler what answers it
 */
public record Route(String method, String template, Pattern pattern, List<String> names, Access access,
		Handler handler) {
}
