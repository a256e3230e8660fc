package org.spmawards.api;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

@AnalyzeClasses(packages = "org.spmawards", importOptions = ImportOption.DoNotIncludeTests.class)
class ApiArchitectureTests {

	@ArchTest
	static final ArchRule controllersReachTheDatabaseOnlyThroughRepositories = noClasses().that()
		.resideInAPackage("org.spmawards.api..")
		.and()
		.resideOutsideOfPackage("org.spmawards.api.embedded..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework.r2dbc..", "io.r2dbc..", "java.sql..")
		.because("SQL lives in the persistence module, where it is tested against PostgreSQL");

	@ArchTest
	static final ArchRule packagesAreFreeOfCycles = slices().matching("org.spmawards.(**)")
		.should()
		.beFreeOfCycles()
		.because("a feature's packages depend one way, so that each can be read and changed on its own");

	@ArchTest
	static final ArchRule persistenceDoesNotKnowTheApi = noClasses().that()
		.resideInAPackage("org.spmawards.persistence..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.spmawards.api..", "graphql..")
		.because("dependencies point one way: graphql-api -> persistence -> domain");

}
