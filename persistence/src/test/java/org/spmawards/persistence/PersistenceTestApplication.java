package org.spmawards.persistence;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The smallest application around the persistence module, for its own tests.
 */
@SpringBootApplication
class PersistenceTestApplication {

}
