package org.spmawards.api.sector;

import org.junit.jupiter.api.Test;
import org.spmawards.api.GraphQlApiTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

@GraphQlApiTest
class SectorQueryTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void listsTheSixFields() {
		this.graphQl.document("{ sectors { code name } }")
			.execute()
			.path("sectors[*].code")
			.entityList(String.class)
			.containsExactly("EDUCATION", "HEALTH", "PUBLIC_WORKS", "HOUSING", "PUBLIC_ORDER", "SOCIAL");
	}

	@Test
	void countsFourteenProvinceAndTwentyNineRegencyCityServiceTypes() {
		var response = this.graphQl
			.document("{ sectors { province: serviceTypes(level: PROVINCE) { code }"
					+ " local: serviceTypes(level: REGENCY_CITY) { code } all: serviceTypes { code } } }")
			.execute();
		response.path("sectors[*].province[*].code").entityList(String.class).hasSize(14);
		response.path("sectors[*].local[*].code").entityList(String.class).hasSize(29);
		response.path("sectors[*].all[*].code").entityList(String.class).hasSize(43);
	}

	@Test
	void linksAServiceTypeBackToItsField() {
		this.graphQl.document("{ sectors { serviceTypes(level: REGENCY_CITY) { code sector { code } } } }")
			.execute()
			.path("sectors[1].serviceTypes[0].code")
			.entity(String.class)
			.isEqualTo("HEA-K-1")
			.path("sectors[1].serviceTypes[0].sector.code")
			.entity(String.class)
			.isEqualTo("HEALTH");
	}

}
