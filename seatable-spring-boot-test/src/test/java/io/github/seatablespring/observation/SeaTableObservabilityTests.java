package io.github.seatablespring.observation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.seatablespring.SeaTableAuthenticationException;
import io.github.seatablespring.SeaTableQuotaExceededException;
import io.github.seatablespring.autoconfigure.SeaTableAutoConfiguration;
import io.github.seatablespring.autoconfigure.SeaTableBases;
import io.github.seatablespring.autoconfigure.SeaTableMetricsAutoConfiguration;
import io.github.seatablespring.autoconfigure.SeaTableObservationAutoConfiguration;
import io.github.seatablespring.core.SeaTableTemplate;
import io.github.seatablespring.test.EmulatedBase;
import io.github.seatablespring.test.EmulatedColumn;
import io.github.seatablespring.test.SeaTableEmulator;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.contextpropagation.ObservationThreadLocalAccessor;
import io.micrometer.observation.tck.TestObservationRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.boot.webclient.autoconfigure.WebClientObservationAutoConfiguration;
import org.springframework.web.reactive.function.client.ClientRequestObservationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * Observations and meters after real calls against the emulator, with Boot's WebClient
 * observation auto-configuration giving the builder the registry, as in an application
 * with Actuator.
 */
class SeaTableObservabilityTests {

	private static final String ROWS_URI = "/api-gateway/api/v2/dtables/{base_uuid}/rows/";

	private final TestObservationRegistry observations = TestObservationRegistry.create();

	private final List<Observation.Context> stopped = new CopyOnWriteArrayList<>();

	private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	private SeaTableEmulator emulator;

	private EmulatedBase base;

	@BeforeEach
	void start() {
		this.emulator = SeaTableEmulator.start();
		this.base = this.emulator.createBase("CRM");
		this.base.createTable("Contacts",
				List.of(EmulatedColumn.of("Name", "text"), EmulatedColumn.of("Age", "number")));
		this.observations.observationConfig().observationHandler(new ObservationHandler<>() {

			@Override
			public boolean supportsContext(Observation.Context context) {
				return true;
			}

			@Override
			public void onStop(Observation.Context context) {
				SeaTableObservabilityTests.this.stopped.add(context);
			}

		}).observationHandler(new DefaultMeterObservationHandler(this.meters));
	}

	@AfterEach
	void stop() {
		this.emulator.close();
	}

	private ApplicationContextRunner runner() {
		return new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(MetricsAutoConfiguration.class, JacksonAutoConfiguration.class,
					WebClientAutoConfiguration.class, WebClientObservationAutoConfiguration.class,
					SeaTableAutoConfiguration.class, SeaTableObservationAutoConfiguration.class,
					SeaTableMetricsAutoConfiguration.class))
			.withBean(ObservationRegistry.class, () -> this.observations)
			.withBean(MeterRegistry.class, () -> this.meters)
			.withPropertyValues("seatable.server-url=" + this.emulator.serverUrl(),
					"seatable.bases.crm.api-token=" + this.base.apiToken(), "seatable.validation.enabled=false");
	}

	@Test
	void appendOf2500RowsIsOneOperationWithThreeTemplatedHttpChildren() {
		runner().run((context) -> {
			SeaTableTemplate crm = context.getBean(SeaTableBases.class).template("crm");
			crm.getMetadata(); // holds the base token from here on
			this.stopped.clear();

			crm.appendRows("Contacts", rows(2500));

			Observation.Context operation = this.stopped.stream()
				.filter(SeaTableOperationContext.class::isInstance)
				.reduce((first, second) -> {
					throw new AssertionError("more than one operation: " + this.stopped);
				})
				.orElseThrow();
			assertThat(operation.getName()).isEqualTo("seatable.operation");
			assertThat(operation.getLowCardinalityKeyValue("seatable.base").getValue()).isEqualTo("crm");
			assertThat(operation.getLowCardinalityKeyValue("seatable.operation").getValue()).isEqualTo("appendRows");
			assertThat(operation.getLowCardinalityKeyValue("seatable.table").getValue()).isEqualTo("Contacts");
			// WebClient stops its observation just after the caller got the answer (the
			// warm-up's too)
			await().untilAsserted(() -> assertThat(childrenOf(operation)).hasSize(3));
			assertThat(httpObservations()).filteredOn((child) -> !childrenOf(operation).contains(child))
				.allSatisfy(
						(other) -> assertThat(other.getLowCardinalityKeyValue("method").getValue()).isEqualTo("GET"));
			assertThat(childrenOf(operation)).allSatisfy((child) -> {
				assertThat(child.getLowCardinalityKeyValue("uri").getValue()).isEqualTo(ROWS_URI);
				assertThat(child.getLowCardinalityKeyValue("method").getValue()).isEqualTo("POST");
				assertThat(child.getLowCardinalityKeyValue("status").getValue()).isEqualTo("200");
				assertThat(child.getLowCardinalityKeyValue("seatable.base").getValue()).isEqualTo("crm");
			});
			assertThat(this.base.rows("Contacts")).hasSize(2500);
		});
	}

	@Test
	void httpClientRequestsAreTaggedWithTemplatesNeverIds() {
		runner().run((context) -> {
			SeaTableTemplate crm = context.getBean(SeaTableBases.class).template("crm");
			String id = crm.appendRow("Contacts", Map.of("Name", "Ann")).id();
			crm.getRow("Contacts", id);
			crm.query("SELECT Name FROM Contacts");
			// token, append, get and query; WebClient stops its observation just after
			// the caller got the answer
			await().untilAsserted(() -> assertThat(
					this.meters.find("http.client.requests").timers().stream().mapToLong(Timer::count).sum())
				.isEqualTo(4));

			assertThat(this.meters.get("http.client.requests")
				.tags("uri", "/api-gateway/api/v2/dtables/{base_uuid}/rows/{row_id}/", "method", "GET", "seatable.base",
						"crm", "outcome", "SUCCESS")
				.timer()
				.count()).isEqualTo(1);
			assertThat(this.meters.get("http.client.requests")
				.tags("uri", "/api-gateway/api/v2/dtables/{base_uuid}/sql/", "method", "POST")
				.timer()
				.count()).isEqualTo(1);
			assertThat(this.meters.get("http.client.requests")
				.tags("uri", "/api/v2.1/dtable/app-access-token/", "seatable.base", "crm")
				.timer()
				.count()).isEqualTo(1);
			assertThat(this.meters.find("http.client.requests").tag("uri", "none").timers()).isEmpty();
			for (Meter meter : this.meters.getMeters()) {
				assertThat(meter.getId().getTags().toString()).doesNotContain(this.base.uuid()).doesNotContain(id);
			}
			assertThat(this.meters.get("seatable.operation")
				.tags("seatable.operation", "query", "seatable.table", "none", "seatable.base", "crm")
				.timer()
				.count()).isEqualTo(1);
			assertThat(this.meters.get("seatable.operation")
				.tags("seatable.operation", "getRow", "seatable.table", "Contacts")
				.timer()
				.count()).isEqualTo(1);
		});
	}

	@Test
	void quotaAndTokenMetersAfterRealCalls() {
		runner().run((context) -> {
			SeaTableTemplate crm = context.getBean(SeaTableBases.class).template("crm");
			crm.appendRows("Contacts", rows(1500)); // two requests
			crm.getMetadata();

			assertThat(this.meters.get("seatable.quota.permits.available")
				.tags("seatable.base", "crm", "window", "minute")
				.gauge()
				.value()).isEqualTo(300 - 3);
			assertThat(this.meters.get("seatable.quota.permits.available")
				.tags("seatable.base", "crm", "window", "day")
				.gauge()
				.value()).isEqualTo(5000 - 3);
			assertThat(this.meters.get("seatable.quota.wait").tags("seatable.base", "crm").timers())
				.extracting((timer) -> timer.count())
				.contains(3L + 1L); // three base requests and the token request
			assertThat(this.meters.get("seatable.token.exchanges")
				.tags("seatable.base", "crm", "outcome", "success")
				.counter()
				.count()).isEqualTo(1);
			assertThat(this.meters.get("seatable.token.expiry").tags("seatable.base", "crm").gauge().value())
				.isGreaterThan(60 * 60);
		});
	}

	@Test
	void serverRateLimitsRetriesAndLocalRefusalsAreCounted() {
		runner().withPropertyValues("seatable.bases.crm.rate-limit.requests-per-day=2").run((context) -> {
			SeaTableTemplate crm = context.getBean(SeaTableBases.class).template("crm");
			this.emulator.failNext(1, 429);
			crm.getMetadata(); // 429, then retried after the server's reset of 1 s
			assertThat(this.meters.get("seatable.server.rate.limited").tags("seatable.base", "crm").counter().count())
				.isEqualTo(1);
			assertThat(this.meters.get("seatable.retries")
				.tags("seatable.base", "crm", "reason", "rate-limited")
				.counter()
				.count()).isEqualTo(1);

			assertThatExceptionOfType(SeaTableQuotaExceededException.class).isThrownBy(crm::getMetadata);
			assertThat(this.meters.get("seatable.quota.refusals")
				.tags("seatable.base", "crm", "window", "day")
				.counter()
				.count()).isEqualTo(1);
			assertThat(this.meters.get("seatable.operation")
				.tags("seatable.operation", "getMetadata", "error", "SeaTableQuotaExceededException")
				.timer()
				.count()).isEqualTo(1);
		});
	}

	@Test
	void operationsJoinTheCallersObservationReactiveAndBlocking() {
		runner().run((context) -> {
			SeaTableBases bases = context.getBean(SeaTableBases.class);
			Observation reactiveParent = Observation.start("caller.reactive", this.observations);
			bases.reactiveTemplate("crm")
				.getMetadata()
				.contextWrite((reactor) -> reactor.put(ObservationThreadLocalAccessor.KEY, reactiveParent))
				.block(Duration.ofSeconds(10));
			reactiveParent.stop();
			Observation blockingParent = Observation.start("caller.blocking", this.observations);
			try (Observation.Scope scope = blockingParent.openScope()) {
				bases.template("crm").query("SELECT Name FROM Contacts");
			}
			blockingParent.stop();

			List<SeaTableOperationContext> operations = this.stopped.stream()
				.filter(SeaTableOperationContext.class::isInstance)
				.map(SeaTableOperationContext.class::cast)
				.toList();
			assertThat(operations).extracting(SeaTableOperationContext::getOperation)
				.containsExactly("getMetadata", "query");
			assertThat(operations.get(0).getParentObservation().getContextView().getName())
				.isEqualTo("caller.reactive");
			assertThat(operations.get(1).getParentObservation().getContextView().getName())
				.isEqualTo("caller.blocking");
		});
	}

	@Test
	void connectionFailuresOfReadsAreRetriedAndCountedByReason() {
		runner().run((context) -> {
			SeaTableTemplate crm = context.getBean(SeaTableBases.class).template("crm");
			crm.getMetadata();
			this.emulator.resetNext(1);
			crm.getMetadata();
			assertThat(this.meters.get("seatable.retries")
				.tags("seatable.base", "crm", "reason", "connection")
				.counter()
				.count()).isEqualTo(1);
			assertThat(this.meters.find("seatable.retries").tag("reason", "rate-limited").counter()).isNull();
		});
	}

	@Test
	void rejectedApiTokensAreCounted() {
		runner().withPropertyValues("seatable.bases.crm.api-token=" + "0".repeat(40)).run((context) -> {
			SeaTableTemplate crm = context.getBean(SeaTableBases.class).template("crm");
			assertThatExceptionOfType(SeaTableAuthenticationException.class).isThrownBy(crm::getMetadata);
			assertThat(this.meters.get("seatable.token.exchanges")
				.tags("seatable.base", "crm", "outcome", "rejected")
				.counter()
				.count()).isEqualTo(1);
			assertThat(this.meters.get("seatable.token.expiry").tags("seatable.base", "crm").gauge().value()).isZero();
		});
	}

	private List<ClientRequestObservationContext> childrenOf(Observation.Context operation) {
		return httpObservations().stream()
			.filter((child) -> child.getParentObservation() != null
					&& child.getParentObservation().getContextView() == operation)
			.toList();
	}

	private List<ClientRequestObservationContext> httpObservations() {
		return this.stopped.stream()
			.filter(ClientRequestObservationContext.class::isInstance)
			.map(ClientRequestObservationContext.class::cast)
			.toList();
	}

	private static List<Map<String, Object>> rows(int count) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			rows.add(Map.of("Name", "n" + i, "Age", i));
		}
		return rows;
	}

}
