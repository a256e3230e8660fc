package org.spmawards.api.embedded;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.spmawards.SpmAwardsApplication;
import org.spmawards.persistence.config.DatabaseUrlEnvironmentPostProcessor;
import org.spmawards.persistence.test.TestDatabase;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * A start that cannot go on says its cause in one sentence and what to do, with no stack
 * trace: a data folder another instance holds, a database that refuses the connection, a
 * port in use, no embedded PostgreSQL for the platform.
 */
@ExtendWith(OutputCaptureExtension.class)
class StartupFailureTests {

	@TempDir
	Path dataDirectory;

	@Test
	void namesTheFolderThatAnotherInstanceHolds(CapturedOutput output) throws IOException {
		Files.writeString(this.dataDirectory.resolve("PG_VERSION"), "15\n");
		try (FileChannel channel = FileChannel.open(this.dataDirectory.resolve("epg-lock"), StandardOpenOption.CREATE,
				StandardOpenOption.WRITE); FileLock held = channel.lock()) {
			assertThatException().isThrownBy(
					() -> start("--spm.database-url=", "--spm.embedded-database.data-dir=" + this.dataDirectory));
		}
		assertReported(output,
				"The embedded database's folder " + this.dataDirectory
						+ " is in use: another instance of the service runs on it (it holds epg-lock)",
				"--spm.embedded-database.data-dir=/path/to/folder");
	}

	@Test
	void saysThatTheDatabaseRefusedTheConnection(CapturedOutput output) throws IOException {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		assertThatException()
			.isThrownBy(() -> start("--spm.database-url=postgres://postgres@127.0.0.1:" + closedPort + "/spm"));
		assertReported(output, "Cannot connect to the database: Connection to 127.0.0.1:" + closedPort + " refused",
				"Check SPM_DATABASE_URL");
	}

	@Test
	void saysThatThePortIsInUse(CapturedOutput output) throws IOException {
		try (ServerSocket taken = new ServerSocket(0)) {
			List<String> arguments = new ArrayList<>(List.of("--server.port=" + taken.getLocalPort()));
			for (Map.Entry<String, Object> property : DatabaseUrlEnvironmentPostProcessor
				.connectionProperties(TestDatabase.named("startup_port"))
				.entrySet()) {
				arguments.add("--" + property.getKey() + "=" + property.getValue());
			}
			assertThatException().isThrownBy(() -> start(arguments.toArray(String[]::new)));
			assertReported(output, "Port " + taken.getLocalPort() + " was already in use", "");
		}
	}

	@Test
	void saysThatThePlatformHasNoEmbeddedPostgres() {
		StartupFailure failure = EmbeddedPostgresEnvironmentPostProcessor.failedToStart(this.dataDirectory,
				new IllegalStateException("Missing embedded postgres binaries"));
		assertThat(failure.getMessage()).isEqualTo("This build of the service has no embedded PostgreSQL for this"
				+ " platform (" + System.getProperty("os.name") + ", " + System.getProperty("os.arch") + ")");
		assertThat(failure.action()).contains("SPM_DATABASE_URL=postgres://");
	}

	private static void start(String... arguments) {
		List<String> all = new ArrayList<>(List.of(arguments));
		if (all.stream().noneMatch((argument) -> argument.startsWith("--server.port="))) {
			all.add("--server.port=0");
		}
		new SpringApplicationBuilder(SpmAwardsApplication.class).run(all.toArray(String[]::new)).close();
	}

	/** Spring Boot's report of the failure: its cause and action, and no stack trace. */
	private static void assertReported(CapturedOutput output, String cause, String action) {
		assertThat(output.getAll()).contains("APPLICATION FAILED TO START", cause, action);
		assertThat(output.getAll().lines().filter((line) -> line.startsWith("\tat "))).as("stack frames").isEmpty();
	}

}
