package org.spmawards.domain.index;

import java.math.BigDecimal;
import java.util.List;

import org.spmawards.domain.achievement.AchievementLevel;
import org.spmawards.domain.achievement.AchievementScale;
import org.spmawards.domain.provenance.Provenance;
import org.spmawards.domain.provenance.Verification;

/**
 * The provisional methodology of the curated data, for tests.
 */
final class Methodologies {

	static final AchievementScale SCALE = new AchievementScale(List.of(level("BELUM_TUNTAS", "0", "60"),
			level("TUNTAS_MUDA", "60", "70"), level("TUNTAS_PRATAMA", "70", "80"), level("TUNTAS_MADYA", "80", "90"),
			level("TUNTAS_UTAMA", "90", "100"), level("TUNTAS_PARIPURNA", "100", null)));

	static final Methodology PROVISIONAL = new Methodology("SPM_INDEX_PROVISIONAL", "test", new BigDecimal("0.8"),
			new BigDecimal("0.2"), SCALE, true, "the 80/20 weighting for education", "everything else",
			new Provenance(Verification.PROVISIONAL, List.of(), null));

	private Methodologies() {
	}

	private static AchievementLevel level(String code, String min, String max) {
		return new AchievementLevel(code, code, new BigDecimal(min), (max != null) ? new BigDecimal(max) : null);
	}

}
