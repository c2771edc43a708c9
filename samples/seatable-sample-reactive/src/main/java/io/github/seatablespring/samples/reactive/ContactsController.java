package io.github.seatablespring.samples.reactive;

import java.util.ArrayList;
import java.util.List;

import io.github.seatablespring.core.ReactiveSeaTableTemplate;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** A REST API over the {@code Contacts} table, without blocking a thread. */
@RestController
@RequestMapping("/contacts")
public class ContactsController {

	static final String TABLE = "Contacts";

	private final ReactiveSeaTableTemplate seaTable;

	public ContactsController(ReactiveSeaTableTemplate seaTable) {
		this.seaTable = seaTable;
	}

	/**
	 * All contacts as newline-delimited JSON. {@code streamRows} fetches a page of 1,000
	 * rows when the client has consumed the previous one, so memory stays flat however
	 * large the table is.
	 */
	@GetMapping(produces = MediaType.APPLICATION_NDJSON_VALUE)
	public Flux<Contact> all() {
		return this.seaTable.streamRows(TABLE).map((row) -> row.as(Contact.class));
	}

	/**
	 * Contacts of a city and/or of a minimum age, found by SQL with {@code ?} parameters.
	 */
	@GetMapping("/search")
	public Flux<Contact> search(@RequestParam(required = false) @Nullable String city,
			@RequestParam(required = false) @Nullable Integer minAge) {
		List<String> conditions = new ArrayList<>();
		List<Object> parameters = new ArrayList<>();
		if (city != null && !city.isBlank()) {
			conditions.add("City = ?");
			parameters.add(city);
		}
		if (minAge != null) {
			conditions.add("Age >= ?");
			parameters.add(minAge);
		}
		if (conditions.isEmpty()) {
			return Flux.error(new ResponseStatusException(HttpStatus.BAD_REQUEST, "give city and/or minAge"));
		}
		// values only ever travel as parameters, never spliced into the SQL
		String sql = "SELECT _id, Name, Email, City, Age FROM Contacts WHERE " + String.join(" AND ", conditions)
				+ " ORDER BY Name";
		return this.seaTable.query(sql, Contact.class, parameters.toArray());
	}

	/** Appends one contact; answers it with its new id. */
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	public Mono<Contact> create(@RequestBody Contact contact) {
		if (contact.name() == null || contact.name().isBlank()) {
			return Mono.error(new ResponseStatusException(HttpStatus.BAD_REQUEST, "name is required"));
		}
		return this.seaTable.appendRow(TABLE, contact.toRow()).map((row) -> row.as(Contact.class));
	}

}
