package org.spmawards.api.scale;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.spmawards.api.support.TcpProxy;
import org.spmawards.persistence.database.DatabaseUrl;
import org.spmawards.persistence.imports.DataImporter;
import org.spmawards.persistence.imports.ImportReport;
import org.spmawards.persistence.index.IndexRefresher;
import org.spmawards.persistence.replica.ReadReplicas;
import org.spmawards.persistence.replica.ReplicaMonitor;
import org.spmawards.persistence.support.DataVersionStore;
import org.spmawards.persistence.test.ImportedData;
import org.spmawards.persistence.test.TestDatabase;
import org.spmawards.persistence.test.WithTestDatabase;
import reactor.core.publisher.Flux;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads on a replica, writes on the primary. The "replica" is the test database itself,
 * reached through a TCP proxy, so that it can go away; the replica's state is checked
 * only when a test asks (the periodic check is set to an hour), so that a replica that
 * has not been seen to replay an import stays behind.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@WithTestDatabase
@TestPropertySource(properties = { "spm.test-database.name=replicas", "spm.read-replicas.check-interval=1h",
		"spm.graphql.response-cache.enabled=false", "spm.admin-token=replica-token" })
@DirtiesContext
class ReadReplicaTests {

	private static final String REGIONS = "{ regions(first: 5) { totalCount } }";

	private static TcpProxy proxy;

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	ReadReplicas replicas;

	@Autowired
	ReplicaMonitor monitor;

	@Autowired
	DatabaseClient database;

	@DynamicPropertySource
	static void replica(DynamicPropertyRegistry registry) {
		DatabaseUrl database = TestDatabase.named("replicas");
		proxy = new TcpProxy(database.host(), database.port()).start();
		registry.add("spm.read-replicas.urls", () -> TestDatabase.url(database, "127.0.0.1", proxy.port()));
	}

	@AfterAll
	static void stopTheProxy() {
		if (proxy != null) {
			proxy.close();
		}
	}

	@BeforeEach
	void startCaughtUp(@Autowired IndexRefresher refresher, @Autowired DataVersionStore dataVersion) {
		proxy.start();
		ImportedData.clear(this.database, refresher);
		dataVersion.refresh().block();
		this.monitor.check().block();
	}

	@Test
	void readsGoToTheReplicaAndSayHowItStands() throws Exception {
		long primary = this.replicas.primaryReads();
		long replica = this.replicas.replicaReads();
		assertThat(graphQl(REGIONS)).contains("\"totalCount\":").doesNotContain("errors");
		assertThat(this.replicas.replicaReads()).isGreaterThan(replica);
		assertThat(this.replicas.primaryReads()).isEqualTo(primary);
		// PostgreSQL shows the statement on a connection of the replicas' pool
		assertThat(this.database
			.sql("select count(*) from pg_stat_activity where application_name = :name and query like '%region%'")
			.bind("name", ReadReplicas.APPLICATION_NAME)
			.map((row) -> row.get(0, Long.class))
			.one()
			.block()).isPositive();
		assertThat(graphQl("{ dataset { readReplicas { name available caughtUp replayLagSeconds } } }")).contains(
				"\"name\":\"postgres://", ":" + proxy.port() + "/", "\"available\":true", "\"caughtUp\":true",
				"\"replayLagSeconds\":0.0");
		assertThat(metrics()).contains("spm_database_reads_total{target=\"replica\"}",
				"spm_read_replica_lag_seconds{replica=\"postgres://");
	}

	@Test
	void readsFromThePrimaryUntilTheReplicaIsSeenToHoldAnImport(@Autowired DataImporter importer) throws Exception {
		ImportReport report = importer
			.importAchievements(2024, "data-team", "https://example.org/2024.csv",
					csv("region_code,service_type,target,served,quality_pct\n36.71,HEA-K-1,100,90,100\n"))
			.block();
		assertThat(report.status()).isEqualTo(ImportReport.IMPORTED);
		long primary = this.replicas.primaryReads();
		long replica = this.replicas.replicaReads();
		// the importing client reads what it wrote, from the primary
		assertThat(graphQl("{ dataRevisions { totalCount } }")).contains("\"totalCount\":1");
		assertThat(this.replicas.primaryReads()).isGreaterThan(primary);
		assertThat(this.replicas.replicaReads()).isEqualTo(replica);
		assertThat(graphQl("{ dataset { readReplicas { caughtUp } } }")).contains("\"caughtUp\":false");

		this.monitor.check().block();
		replica = this.replicas.replicaReads();
		assertThat(graphQl("{ dataRevisions { totalCount } }")).contains("\"totalCount\":1");
		assertThat(this.replicas.replicaReads()).isGreaterThan(replica);
	}

	@Test
	void failsOverToThePrimaryWhenTheReplicaGoesAway() throws Exception {
		assertThat(graphQl(REGIONS)).doesNotContain("errors");
		proxy.stop();
		long primary = this.replicas.primaryReads();
		// the first read after the replica went away is answered, by the primary
		assertThat(graphQl(REGIONS)).contains("\"totalCount\":").doesNotContain("errors");
		assertThat(graphQl("{ dataset { readReplicas { available } } }")).contains("\"available\":false");
		assertThat(this.replicas.primaryReads()).isGreaterThan(primary);

		proxy.start();
		this.monitor.check().block();
		long replica = this.replicas.replicaReads();
		assertThat(graphQl(REGIONS)).doesNotContain("errors");
		assertThat(this.replicas.replicaReads()).isGreaterThan(replica);
	}

	private String graphQl(String query) throws Exception {
		String body = "{\"query\":\"" + query.replace("\"", "\\\"") + "\"}";
		return this.http
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/graphql"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString())
			.body();
	}

	private String metrics() throws Exception {
		return this.http
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/actuator/prometheus"))
				.header("Authorization", "Bearer replica-token")
				.build(), HttpResponse.BodyHandlers.ofString())
			.body();
	}

	private static Flux<DataBuffer> csv(String text) {
		return Flux.just(DefaultDataBufferFactory.sharedInstance.wrap(text.getBytes(StandardCharsets.UTF_8)));
	}

}
