package org.spmawards.api.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import graphql.schema.idl.SchemaPrinter;
import org.junit.jupiter.api.Test;
import org.spmawards.persistence.test.WithTestDatabase;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.graphql.execution.GraphQlSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps {@code graphql-api/schema.graphql}, the printed public schema, equal to the
 * running one, so that every change to the API shows in review. After an intended change,
 * run the build with {@code -Dspm.schema.update=true} to rewrite the file.
 */
@SpringBootTest
@WithTestDatabase
class SchemaFileTests {

	private static final Path COMMITTED = Path.of("schema.graphql");

	@Autowired
	GraphQlSource graphQlSource;

	@Test
	void theRunningSchemaMatchesTheCommittedFile() throws IOException {
		String running = new SchemaPrinter(SchemaPrinter.Options.defaultOptions()
			.includeDirectives(false)
			.includeSchemaDefinition(true)
			.includeScalarTypes(true)).print(this.graphQlSource.schema());
		if (Boolean.getBoolean("spm.schema.update")) {
			Files.writeString(COMMITTED, running, StandardCharsets.UTF_8);
		}
		Path printed = Path.of("target", "schema.graphql");
		Files.writeString(printed, running, StandardCharsets.UTF_8);
		assertThat(COMMITTED)
			.as("graphql-api/schema.graphql (the running schema is in graphql-api/target/schema.graphql;"
					+ " run with -Dspm.schema.update=true to accept it)")
			.exists();
		assertThat(Files.readString(COMMITTED, StandardCharsets.UTF_8))
			.as("graphql-api/schema.graphql differs from the running schema in graphql-api/target/schema.graphql;"
					+ " review the change and run with -Dspm.schema.update=true to accept it")
			.isEqualTo(running);
	}

}
