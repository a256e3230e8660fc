package org.spmawards.persistence.database;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DatabaseUrlTests {

	@Test
	void readsEveryPartOfAPostgresUrl() {
		DatabaseUrl url = DatabaseUrl.parse("postgres://spm:s%40cret@db.example:6543/awards");
		assertThat(url).isEqualTo(new DatabaseUrl("db.example", 6543, "awards", "spm", "s@cret"));
		assertThat(url.r2dbcUrl()).isEqualTo("r2dbc:postgresql://db.example:6543/awards");
		assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example:6543/awards");
	}

	@Test
	void defaultsThePortAndAllowsNoPassword() {
		DatabaseUrl url = DatabaseUrl.parse("postgresql://postgres@localhost/postgres");
		assertThat(url).isEqualTo(new DatabaseUrl("localhost", 5432, "postgres", "postgres", null));
	}

	@Test
	void neverShowsThePassword() {
		assertThat(DatabaseUrl.parse("postgres://spm:secret@localhost/spm").toString()).doesNotContain("secret");
	}

	@ParameterizedTest
	@ValueSource(strings = { "mysql://u:p@localhost/db", "postgres://localhost", "postgres://localhost/", "not a url",
			"postgres://u:secret@localhost/a/b" })
	void rejectsWhatIsNotAPostgresUrlWithoutRepeatingIt(String text) {
		assertThatIllegalArgumentException().isThrownBy(() -> DatabaseUrl.parse(text))
			.withMessage("The database URL is not of the form postgres://user:password@host:port/database");
	}

	@Test
	void switchesTheDatabase() {
		assertThat(DatabaseUrl.parse("postgres://u@h:1/a").withDatabase("b").jdbcUrl())
			.isEqualTo("jdbc:postgresql://h:1/b");
	}

}
