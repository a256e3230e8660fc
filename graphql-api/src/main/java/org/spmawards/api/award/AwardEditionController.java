package org.spmawards.api.award;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import org.spmawards.api.fetching.Grouping;
import org.spmawards.domain.award.AwardCategory;
import org.spmawards.domain.award.AwardEdition;
import org.spmawards.domain.award.AwardMention;
import org.spmawards.domain.award.AwardResult;
import org.spmawards.domain.award.MentionKind;
import org.spmawards.domain.index.Methodology;
import org.spmawards.persistence.award.AwardRepository;
import org.spmawards.persistence.reference.ReferenceDataCache;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

/**
 * Serves award editions and their results.
 */
@Controller
class AwardEditionController {

	private static final String MENTIONS = "mentionsOfEdition";

	private final ReferenceDataCache referenceData;

	AwardEditionController(AwardRepository awards, ReferenceDataCache referenceData, BatchLoaderRegistry batchLoaders) {
		this.referenceData = referenceData;
		// Nominees and published ranks of every edition of a response in one statement.
		batchLoaders.<Integer, List<AwardMention>>forName(MENTIONS)
			.registerMappedBatchLoader((years, environment) -> awards.findMentionsOfEditions(years)
				.collectList()
				.map(Grouping.by(AwardMention::editionYear))
				.map((grouped) -> Grouping.forEach(List.copyOf(years), grouped::get)));
	}

	@QueryMapping
	Mono<List<AwardEdition>> editions() {
		return this.referenceData.get().map((data) -> data.editions());
	}

	@QueryMapping
	Mono<AwardEdition> edition(@Argument int year) {
		return this.referenceData.get().flatMap((data) -> Mono.justOrEmpty(data.edition(year)));
	}

	@SchemaMapping
	Mono<List<AwardResult>> results(AwardEdition edition, @Argument @Nullable AwardCategory category) {
		return this.referenceData.get()
			.map((data) -> data.awardResults(category, null, edition.year(), edition.year()));
	}

	@SchemaMapping
	CompletableFuture<List<AwardMention>> nominees(AwardEdition edition, DataFetchingEnvironment environment) {
		return mentions(edition, environment).thenApply((mentions) -> only(mentions, true));
	}

	@SchemaMapping
	CompletableFuture<List<AwardMention>> publishedRanks(AwardEdition edition, DataFetchingEnvironment environment) {
		return mentions(edition, environment).thenApply((mentions) -> only(mentions, false));
	}

	private static CompletableFuture<List<AwardMention>> mentions(AwardEdition edition,
			DataFetchingEnvironment environment) {
		DataLoader<Integer, List<AwardMention>> loader = environment.getDataLoader(MENTIONS);
		return loader.load(edition.year());
	}

	private static List<AwardMention> only(List<AwardMention> mentions, boolean nominees) {
		return mentions.stream().filter((mention) -> (mention.kind() == MentionKind.NOMINEE) == nominees).toList();
	}

	/**
	 * The methodology of each edition of a response, from the reference data in memory.
	 */
	@BatchMapping
	Mono<Map<AwardEdition, Methodology>> methodology(List<AwardEdition> editions) {
		return this.referenceData.get()
			.map((data) -> editions.stream()
				.distinct()
				.collect(Collectors.toMap((edition) -> edition, (edition) -> data.methodology(edition.year()))));
	}

}
