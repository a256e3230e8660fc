package org.spmawards.persistence.reference;

import java.time.Duration;
import java.util.EnumSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.spmawards.domain.award.AwardEdition;
import org.spmawards.domain.region.Region;
import org.spmawards.domain.sector.SectorCode;
import org.spmawards.persistence.award.AwardRepository;
import org.spmawards.persistence.index.MethodologyRepository;
import org.spmawards.persistence.region.RegionFilter;
import org.spmawards.persistence.region.RegionRepository;
import org.spmawards.persistence.sector.SectorRepository;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * Holds the {@link ReferenceData} snapshot: read once (at start-up), then served from
 * memory, so that naming a region, field or edition in a response, or listing an
 * edition's winners, costs no statement.
 */
@Component
public class ReferenceDataCache {

	private final Mono<ReferenceData> snapshot;

	private volatile @Nullable ReferenceData loaded;

	public ReferenceDataCache(RegionRepository regions, SectorRepository sectors, MethodologyRepository methodologies,
			AwardRepository awards) {
		this.snapshot = awards.findEditions()
			.collectList()
			.flatMap((editions) -> Mono
				.zip(regions.findPage(RegionFilter.ALL, 0, Integer.MAX_VALUE), sectors.findAll().collectList(),
						sectors.findServiceTypes(EnumSet.allOf(SectorCode.class), null).collectList(),
						methodologies.findLevels().collectList(),
						methodologies.findForEditions(editions.stream().map(AwardEdition::year).toList()),
						awards.findResults().collectList())
				.map((data) -> new ReferenceData(
						data.getT1().items().stream().collect(Collectors.toMap(Region::code, Function.identity())),
						data.getT2(), data.getT3(), data.getT4(), editions, data.getT5(), data.getT6())))
			.doOnNext((data) -> this.loaded = data)
			// kept for good once read; a failed read is tried again by the next caller
			.cache((data) -> Duration.ofMillis(Long.MAX_VALUE), (error) -> Duration.ZERO, () -> Duration.ZERO);
	}

	/**
	 * Returns the snapshot, reading it on first use.
	 * @return the reference data
	 */
	public Mono<ReferenceData> get() {
		return this.snapshot;
	}

	/**
	 * Returns the snapshot if it has been read, for code that must not wait (the
	 * readiness probe and the first request read it).
	 * @return the reference data, or {@code null} before the first read completed
	 */
	public @Nullable ReferenceData loaded() {
		return this.loaded;
	}

}
