package org.spmawards.persistence.support;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The version of a part of the data: a fiscal year keeps the version of its last change
 * while other years change one version at a time; a change this instance cannot place
 * (the first version it sees, a step over versions, another database) covers every year.
 */
class DataVersionTests {

	private static final UUID DATABASE = UUID.randomUUID();

	private static final Instant NOW = Instant.parse("2026-12-08T00:00:00Z");

	@Test
	void aFiscalYearKeepsTheVersionOfItsLastChange() {
		DataVersion version = new DataVersion();
		version.observe(DATABASE, 10, NOW);
		version.observe(DATABASE, 11, NOW, "INDEX_VALUES", 2024);
		version.observe(DATABASE, 12, NOW, "ACHIEVEMENTS", 2023);
		assertThat(version.versionOf(DataScope.fiscalYears(2021, 2022))).isEqualTo(10);
		assertThat(version.versionOf(DataScope.fiscalYears(2024))).isEqualTo(11);
		assertThat(version.versionOf(DataScope.fiscalYears(2023, 2024))).isEqualTo(12);
		assertThat(version.versionOf(DataScope.fiscalYears())).isEqualTo(10);
		assertThat(version.versionOf(DataScope.EVERY_YEAR)).isEqualTo(12);
	}

	@Test
	void aChangeThatCannotBePlacedCoversEveryYear() {
		DataVersion version = new DataVersion();
		version.observe(DATABASE, 10, NOW);
		version.observe(DATABASE, 11, NOW, "INDEX_VALUES", 2024);
		// another instance's two imports, seen as one step of two
		version.observe(DATABASE, 13, NOW, "INDEX_VALUES", 2024);
		assertThat(version.versionOf(DataScope.fiscalYears(2021))).isEqualTo(13);
		version.observe(DATABASE, 14, NOW, null, null);
		assertThat(version.versionOf(DataScope.fiscalYears(2021))).isEqualTo(14);
		// another database
		version.observe(UUID.randomUUID(), 3, NOW, "INDEX_VALUES", 2024);
		assertThat(version.versionOf(DataScope.fiscalYears(2021))).isEqualTo(3);
		assertThat(version.current()).isEqualTo(3);
	}

	@Test
	void anOlderVersionChangesNothing() {
		DataVersion version = new DataVersion();
		version.observe(DATABASE, 10, NOW);
		version.observe(DATABASE, 11, NOW, "INDEX_VALUES", 2024);
		version.observe(DATABASE, 11, NOW, "INDEX_VALUES", 2024);
		version.observe(DATABASE, 9, NOW, null, null);
		assertThat(version.versionOf(DataScope.fiscalYears(2021))).isEqualTo(10);
		assertThat(version.versionOf(DataScope.fiscalYears(2024))).isEqualTo(11);
	}

}
