package org.spmawards.persistence.reference;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Flyway migration 2: loads the curated reference data into the schema of migration 1.
 * Its checksum covers the data files, so editing a file that was already loaded fails
 * validation; corrections to loaded data go into a new migration.
 */
public class ReferenceDataMigration implements JavaMigration {

	@Override
	public MigrationVersion getVersion() {
		return MigrationVersion.fromVersion("2");
	}

	@Override
	public String getDescription() {
		return "load reference data";
	}

	@Override
	public Integer getChecksum() {
		return ReferenceDataLoader.checksum();
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

	@Override
	public void migrate(Context context) throws Exception {
		new ReferenceDataLoader(context.getConnection()).load();
	}

}
