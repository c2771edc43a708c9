package io.github.seatablespring.observation;

import java.net.URI;

import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;
import org.jspecify.annotations.Nullable;

import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientRequestObservationContext;
import org.springframework.web.reactive.function.client.ClientRequestObservationConvention;

/**
 * The {@code http.client.requests} convention of SeaTable's clients: the application's
 * convention (Boot's default one unless it declares its own), plus the
 * {@code seatable.base} tag, and an {@code http.url} without query or, for requests
 * without a URI template (uploads to a link that is itself a credential), without path.
 * The {@code uri} tag is the template the client sends with every request, such as
 * {@code /api-gateway/api/v2/dtables/{base_uuid}/rows/}.
 */
public class SeaTableClientRequestObservationConvention implements ClientRequestObservationConvention {

	/** Request attribute holding the configured base name. */
	public static final String BASE_ATTRIBUTE = SeaTableClientRequestObservationConvention.class.getName() + ".base";

	private final ClientRequestObservationConvention delegate;

	/**
	 * @param delegate the convention that names the observation and provides the standard
	 * tags
	 */
	public SeaTableClientRequestObservationConvention(ClientRequestObservationConvention delegate) {
		this.delegate = delegate;
	}

	@Override
	public String getName() {
		return this.delegate.getName();
	}

	@Override
	public @Nullable String getContextualName(ClientRequestObservationContext context) {
		return this.delegate.getContextualName(context);
	}

	@Override
	public KeyValues getLowCardinalityKeyValues(ClientRequestObservationContext context) {
		ClientRequest request = context.getRequest();
		Object base = (request != null) ? request.attribute(BASE_ATTRIBUTE).orElse(null) : null;
		return this.delegate.getLowCardinalityKeyValues(context)
			.and(KeyValue.of(DefaultSeaTableOperationObservationConvention.BASE,
					(base != null) ? base.toString() : KeyValue.NONE_VALUE));
	}

	@Override
	public KeyValues getHighCardinalityKeyValues(ClientRequestObservationContext context) {
		KeyValues values = this.delegate.getHighCardinalityKeyValues(context);
		ClientRequest request = context.getRequest();
		if (request == null) {
			return values;
		}
		URI url = request.url();
		String shown = url.getScheme() + "://" + url.getRawAuthority()
				+ ((context.getUriTemplate() != null) ? url.getRawPath() : "");
		return values.and(KeyValue.of("http.url", shown));
	}

}
