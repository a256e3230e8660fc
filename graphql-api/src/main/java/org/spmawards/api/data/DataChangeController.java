package org.spmawards.api.data;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;
import org.spmawards.api.errors.CapacityExceededException;
import org.spmawards.domain.award.AwardEdition;
import org.spmawards.persistence.reference.ReferenceDataCache;
import org.spmawards.persistence.support.DataChange;
import org.spmawards.persistence.support.DataVersion;
import reactor.core.publisher.Flux;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.stereotype.Controller;

/**
 * The {@code dataChanged} subscription: every change of the data this instance learns of,
 * through itself or another instance on the same database, for a bounded number of
 * subscribers.
 */
@Controller
@EnableConfigurationProperties(SubscriptionProperties.class)
class DataChangeController {

	private final DataVersion dataVersion;

	private final ReferenceDataCache referenceData;

	private final int maxSubscribers;

	private final AtomicInteger subscribers = new AtomicInteger();

	DataChangeController(DataVersion dataVersion, ReferenceDataCache referenceData, SubscriptionProperties properties) {
		this.dataVersion = dataVersion;
		this.referenceData = referenceData;
		this.maxSubscribers = properties.maxSubscribers();
	}

	@SubscriptionMapping
	Flux<DataChangeView> dataChanged() {
		if (this.subscribers.incrementAndGet() > this.maxSubscribers) {
			this.subscribers.decrementAndGet();
			throw new CapacityExceededException(
					"This instance serves the most subscribers it may (" + this.maxSubscribers
							+ ", spm.graphql.max-subscribers): retry in a few seconds, or on another" + " instance");
		}
		return this.dataVersion.changes()
			.concatMap((change) -> this.referenceData.get().map((data) -> view(change, data.editions())))
			.doFinally((signal) -> this.subscribers.decrementAndGet());
	}

	private static DataChangeView view(DataChange change, List<AwardEdition> editions) {
		List<Integer> assessing = editions.stream()
			.filter((edition) -> change.fiscalYear() != null && edition.fiscalYear() == change.fiscalYear())
			.map(AwardEdition::year)
			.sorted()
			.toList();
		return new DataChangeView(change.version(), change.kind(), change.fiscalYear(), assessing,
				change.changedAt().atOffset(ZoneOffset.UTC));
	}

	/** A change as the schema shows it. */
	record DataChangeView(long version, @Nullable String kind, @Nullable Integer fiscalYear, List<Integer> editions,
			OffsetDateTime changedAt) {

	}

}
