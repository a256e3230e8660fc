package org.spmawards.domain.provenance;

import java.net.URI;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ProvenanceTests {

	@Test
	void readsACuratedRow() {
		Provenance provenance = Provenance.curated("V2", " https://a.example/x  https://b.example/y ", "");
		assertThat(provenance.verification()).isEqualTo(Verification.VERIFIED_MULTIPLE);
		assertThat(provenance.sources()).containsExactly(URI.create("https://a.example/x"),
				URI.create("https://b.example/y"));
		assertThat(provenance.note()).isNull();
	}

	@Test
	void mapsEveryCuratedVerificationCode() {
		assertThat(Verification.fromCuratedCode("V")).isEqualTo(Verification.VERIFIED_SINGLE);
		assertThat(Verification.fromCuratedCode("INFERRED")).isEqualTo(Verification.INFERRED);
		assertThat(Verification.fromCuratedCode("G")).isEqualTo(Verification.PROVISIONAL);
	}

	@Test
	void rejectsAnUnknownVerificationCode() {
		assertThatIllegalArgumentException().isThrownBy(() -> Verification.fromCuratedCode("V3"))
			.withMessageContaining("expected one of V2, V, INFERRED, G");
	}

	@Test
	void rejectsASourceThatIsNotAWebAddress() {
		assertThatIllegalArgumentException().isThrownBy(() -> Provenance.curated("V", "ftp://x.example/y", null))
			.withMessageContaining("not an http(s) address");
	}

}
