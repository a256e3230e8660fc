package org.spmawards.api;

import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaParameter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import org.springframework.beans.factory.annotation.Value;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
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
	static final ArchRule serviceSettingsAreBoundToPropertiesRecords = codeUnits()
		.should(new ArchCondition<JavaCodeUnit>("not read a spm.* key with @Value") {
			@Override
			public void check(JavaCodeUnit codeUnit, ConditionEvents events) {
				for (JavaParameter parameter : codeUnit.getParameters()) {
					if (parameter.isAnnotatedWith(Value.class)
							&& parameter.getAnnotationOfType(Value.class).value().startsWith("${spm.")) {
						events.add(SimpleConditionEvent.violated(parameter, codeUnit.getFullName() + " reads "
								+ parameter.getAnnotationOfType(Value.class).value() + " with @Value"));
					}
				}
			}
		})
		.because("each feature's spm.* settings are one @ConfigurationProperties record, with metadata");

	@ArchTest
	static final ArchRule persistenceDoesNotKnowTheApi = noClasses().that()
		.resideInAPackage("org.spmawards.persistence..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.spmawards.api..", "graphql..")
		.because("dependencies point one way: graphql-api -> persistence -> domain");

}
