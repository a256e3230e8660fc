package org.spmawards.api.achievement;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import graphql.schema.idl.RuntimeWiring;
import org.spmawards.api.award.Editions;
import org.spmawards.api.fetching.Arguments;
import org.spmawards.api.fetching.TrivialFetchers;
import org.spmawards.domain.award.AwardEdition;
import org.spmawards.domain.index.IndexValue;
import org.spmawards.domain.region.Region;
import org.spmawards.domain.region.RegionCode;
import org.spmawards.domain.sector.SectorCode;
import org.spmawards.domain.sector.ServiceType;
import org.spmawards.persistence.index.AchievementRepository;
import org.spmawards.persistence.index.AchievementRow;
import org.spmawards.persistence.index.SectorReport;
import org.spmawards.persistence.reference.ReferenceData;
import org.spmawards.persistence.reference.ReferenceDataCache;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Controller;

/**
 * Serves one field of one region down to its service types.
 */
@Controller
class SectorDetailController implements RuntimeWiringConfigurer {

	private final AchievementRepository achievements;

	private final ReferenceDataCache referenceData;

	SectorDetailController(AchievementRepository achievements, ReferenceDataCache referenceData) {
		this.achievements = achievements;
		this.referenceData = referenceData;
	}

	@QueryMapping
	Mono<SectorDetail> sectorDetail(@Argument String regionCode, @Argument int edition, @Argument SectorCode sector) {
		RegionCode code = Arguments.regionCode("regionCode", regionCode);
		return this.referenceData.get().flatMap((data) -> {
			AwardEdition found = Editions.require(data, "edition", edition);
			return Mono.justOrEmpty(data.region(code)).flatMap((region) -> detail(region, found, sector, data));
		});
	}

	private Mono<SectorDetail> detail(Region region, AwardEdition edition, SectorCode sector, ReferenceData data) {
		int fiscalYear = edition.fiscalYear();
		List<ServiceType> types = data.serviceTypes(sector, region.governmentLevel());
		return this.achievements.findSectorReport(region.code(), fiscalYear, sector)
			.defaultIfEmpty(new SectorReport(null, List.of()))
			.map((report) -> {
				Map<String, AchievementRow> reported = report.reported()
					.stream()
					.collect(Collectors.toMap((row) -> row.reported().serviceType(), Function.identity()));
				return new SectorDetail(region, data.sector(sector), fiscalYear, report.index(),
						types.stream().map((type) -> {
							AchievementRow found = reported.get(type.code());
							return (found != null) ? ServiceAchievementView.of(found)
									: ServiceAchievementView.notReported(region.code(), fiscalYear, type);
						}).toList());
			});
	}

	@Override
	public void configure(RuntimeWiring.Builder wiring) {
		wiring.type("SectorDetail", (type) -> type.dataFetcher("achievementLevel",
				TrivialFetchers.<SectorDetail>level(this.referenceData, (detail) -> {
					IndexValue value = detail.indexValue();
					return (value != null) ? value.achievementLevel() : null;
				})));
		wiring.type("ServiceAchievement",
				(type) -> type
					.dataFetcher("region",
							TrivialFetchers.<ServiceAchievementView>region(this.referenceData,
									ServiceAchievementView::regionCode))
					.dataFetcher("sector",
							TrivialFetchers.<ServiceAchievementView>sector(this.referenceData,
									ServiceAchievementView::sectorCode))
					.dataFetcher("serviceType",
							TrivialFetchers.<ServiceAchievementView>serviceType(this.referenceData,
									ServiceAchievementView::serviceTypeCode))
					.dataFetcher("achievementLevel", TrivialFetchers.<ServiceAchievementView>level(this.referenceData,
							ServiceAchievementView::achievementLevelCode)));
	}

}
