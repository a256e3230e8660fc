/**
 * The data team's endpoints: imports of official data, behind a bearer token.
 */
@NullMarked
package org.spmawards.api.admin;

import org.jspecify.annotations.NullMarked;
