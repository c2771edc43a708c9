package io.github.seatablespring.test;

import java.util.List;

import io.github.seatablespring.core.SeaTableTemplate;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A @WebMvcTest slice gets the template through @AutoConfigureSeaTable and talks to the
 * emulator.
 */
@WebMvcTest(AutoConfigureSeaTableWebMvcTests.NamesController.class)
@AutoConfigureSeaTable
@EmbeddedSeaTable(fixture = "classpath:fixtures/contacts.json")
class AutoConfigureSeaTableWebMvcTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private SeaTableEmulator emulator;

	@Test
	void controllerReadsRowsThroughTheAutoConfiguredTemplate() throws Exception {
		this.mvc.perform(get("/names"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.startsWith("[\"Ann\"")));
		org.assertj.core.api.Assertions.assertThat(this.emulator.journal())
			.anyMatch((request) -> request.isBaseOperation() && request.path().endsWith("/rows/"));
	}

	@SpringBootConfiguration
	@Import(NamesController.class)
	static class App {

	}

	@RestController
	static class NamesController {

		private final SeaTableTemplate seaTable;

		NamesController(SeaTableTemplate seaTable) {
			this.seaTable = seaTable;
		}

		@GetMapping("/names")
		List<String> names() {
			return this.seaTable.streamRows("Contacts").map((row) -> row.getString("Name")).toList();
		}

	}

}
