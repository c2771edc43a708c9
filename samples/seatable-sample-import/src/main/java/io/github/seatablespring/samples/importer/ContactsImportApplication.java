package io.github.seatablespring.samples.importer;

import io.github.seatablespring.core.SeaTableTemplate;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** Sample: reads the metadata of the base configured by {@code SEATABLE_API_TOKEN}. */
@SpringBootApplication
public class ContactsImportApplication {

	public static void main(String[] args) {
		SpringApplication.run(ContactsImportApplication.class, args);
	}

	@Bean
	ApplicationRunner importContacts(ObjectProvider<SeaTableTemplate> seaTable) {
		return (args) -> {
			SeaTableTemplate template = seaTable.getIfAvailable();
			if (template == null) {
				System.out.println("Set SEATABLE_API_TOKEN (and SEATABLE_SERVER_URL) to run against a base.");
				return;
			}
			template.getMetadata().tables().forEach((table) -> System.out.println("Table: " + table.name()));
		};
	}

}
