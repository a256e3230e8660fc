package org.spmawards.domain.award;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.spmawards.domain.provenance.Provenance;
import org.spmawards.domain.provenance.Verification;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class AwardEditionTests {

	static final Provenance SOURCE = new Provenance(Verification.VERIFIED_MULTIPLE, List.of(), null);

	@Test
	void rejectsAnEditionThatAssessesItsOwnYear() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new AwardEdition(2025, "SPM Awards 2025", LocalDate.of(2025, 5, 23), "Jakarta",
					"Minister", 2025, null, SOURCE))
			.withMessageContaining("rates a past year");
	}

	@Test
	void rejectsADateOutsideTheEditionYear() {
		assertThatIllegalArgumentException().isThrownBy(() -> new AwardEdition(2025, "SPM Awards 2025",
				LocalDate.of(2024, 5, 23), "Jakarta", "Minister", 2024, null, SOURCE));
	}

}
