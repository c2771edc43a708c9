package io.github.seatablespring.samples.reactive;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's command: without any configuration the API serves seeded contacts from an
 * embedded emulator.
 */
class ContactsApiApplicationTests {

	@Test
	void runsOnAnEmbeddedEmulatorWithoutAnyConfiguration() {
		try (ConfigurableApplicationContext context = ContactsApiApplication.run(new String[] { "--server.port=0" })) {
			String port = context.getEnvironment().getProperty("local.server.port");
			WebTestClient client = WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port).build();

			List<Contact> contacts = client.get()
				.uri("/contacts")
				.accept(MediaType.APPLICATION_NDJSON)
				.exchange()
				.expectStatus()
				.isOk()
				.returnResult(Contact.class)
				.getResponseBody()
				.collectList()
				.block();

			assertThat(contacts).hasSize(ContactsApiApplication.SEEDED_CONTACTS);
			assertThat(context.getEnvironment().getProperty("seatable.server-url")).startsWith("http://127.0.0.1:");
		}
	}

}
