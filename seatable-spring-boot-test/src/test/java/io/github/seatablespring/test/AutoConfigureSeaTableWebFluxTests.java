package io.github.seatablespring.test;

import java.util.List;

import io.github.seatablespring.core.ReactiveSeaTableTemplate;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.webflux.test.autoconfigure.WebFluxTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/** A @WebFluxTest slice gets the reactive template through @AutoConfigureSeaTable. */
@WebFluxTest(AutoConfigureSeaTableWebFluxTests.NamesController.class)
@AutoConfigureSeaTable
@EmbeddedSeaTable(fixture = "classpath:fixtures/contacts.json")
class AutoConfigureSeaTableWebFluxTests {

	@Autowired
	private WebTestClient client;

	@Autowired
	private SeaTableEmulator emulator;

	@Test
	void controllerStreamsRowsThroughTheAutoConfiguredReactiveTemplate() {
		this.client.get()
			.uri("/names")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value((body) -> assertThat(body).startsWith("[\"Ann\""));
		assertThat(this.emulator.journal())
			.anyMatch((request) -> request.isBaseOperation() && request.path().endsWith("/rows/"));
	}

	@SpringBootConfiguration
	@Import(NamesController.class)
	static class App {

	}

	@RestController
	static class NamesController {

		private final ReactiveSeaTableTemplate seaTable;

		NamesController(ReactiveSeaTableTemplate seaTable) {
			this.seaTable = seaTable;
		}

		@GetMapping("/names")
		Mono<List<String>> names() {
			return this.seaTable.streamRows("Contacts").map((row) -> row.getString("Name")).collectList();
		}

	}

}
