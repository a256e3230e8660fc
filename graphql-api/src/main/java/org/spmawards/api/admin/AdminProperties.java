package org.spmawards.api.admin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The admin token ({@code SPM_ADMIN_TOKEN}), which the import endpoints and the protected
 * actuator endpoints ask for and the rate limit knows, and the name every imported row
 * gives as who vouched for it.
 *
 * @param adminToken the bearer token, or empty: then there are no import endpoints
 * @param adminTokenName the name of the token: the data team, as the imported rows say
 */
@ConfigurationProperties("spm")
public record AdminProperties(@DefaultValue("") String adminToken, @DefaultValue("admin") String adminTokenName) {

	/**
	 * Returns whether a token is set.
	 * @return whether the import endpoints exist
	 */
	public boolean tokenSet() {
		return !this.adminToken.isBlank();
	}

}
