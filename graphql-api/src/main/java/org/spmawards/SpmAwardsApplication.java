package org.spmawards;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The SPM Awards API: a GraphQL service over Indonesia's minimum service standard (SPM)
 * index and the yearly SPM Awards.
 */
@SpringBootApplication
public class SpmAwardsApplication {

	public static void main(String[] args) {
		SpringApplication.run(SpmAwardsApplication.class, args);
	}

}
