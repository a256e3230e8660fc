package org.spmawards.domain.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

@AnalyzeClasses(packages = "org.spmawards.domain", importOptions = ImportOption.DoNotIncludeTests.class)
class DomainArchitectureTests {

	@ArchTest
	static final ArchRule domainKnowsNothingOfFrameworks = noClasses().should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework..", "io.r2dbc..", "graphql..", "reactor..", "java.sql..", "jakarta..",
				"org.flywaydb..")
		.because("the domain is plain Java: the SPM rules must be testable without Spring, SQL or GraphQL");

}
