package io.github.seatablespring.samples.provisioning;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What the sample provisions ({@code provisioning.*}).
 *
 * @param baseName the name of the base to create
 * @param webhookUrl where SeaTable should post the base's changes
 */
@ConfigurationProperties("provisioning")
public record ProvisioningProperties(String baseName, URI webhookUrl) {

	public ProvisioningProperties {
		baseName = (baseName != null) ? baseName : "Customer Acme";
		webhookUrl = (webhookUrl != null) ? webhookUrl : URI.create("https://example.com/seatable-hook");
	}

}
