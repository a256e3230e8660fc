package org.spmawards.api.ranking;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import graphql.language.FieldDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import org.junit.jupiter.api.Test;
import org.spmawards.api.index.FigureSelection;
import org.spmawards.domain.index.IndexFigure;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pins the field names that decide what a ranking page reads to the schema and to the
 * records that serve them: a name that is not a field of its schema type, a field served
 * by no accessor (which would answer {@code null}), or a field of a connection that an
 * uncounted page leaves {@code null} without it being counted, fails here.
 */
class SelectionNamesTests {

	private static final TypeDefinitionRegistry schema = schema();

	@Test
	void theFieldsAFigureEntryServesAreFieldsOfRankingEntryAndAccessorsOfTheEntry() {
		assertThat(withoutTypename(RankingEntry.FIGURE_FIELDS)).isSubsetOf(fields("RankingEntry"))
			.isSubsetOf(accessors(RankingEntry.class));
	}

	@Test
	void everyFieldOfRankingEntryIsAnAccessorOfTheValueEntryOrWiredByTheController() {
		// achievementLevel: a light fetcher from the level's code (RankingController)
		Set<String> served = new TreeSet<>(accessors(ValueEntry.class));
		served.add("achievementLevel");
		assertThat(fields("RankingEntry")).isSubsetOf(served);
	}

	@Test
	void theFieldsThatNeedTheYearBeforeAreFieldsOfRankingEntryServedByTheValueEntry() {
		assertThat(RankingController.PREVIOUS_FIELDS).isSubsetOf(fields("RankingEntry"))
			.isSubsetOf(accessors(ValueEntry.class));
	}

	@Test
	void everyFieldOfRankingConnectionThatAnUncountedPageLeavesNullIsCounted() throws Exception {
		RankingConnection uncounted = RankingConnection.uncounted(List.of(), 2024);
		Set<String> leftNull = new TreeSet<>();
		for (String field : fields("RankingConnection")) {
			Method accessor = RankingConnection.class.getMethod(field);
			if (accessor.invoke(uncounted) == null) {
				leftNull.add(field);
			}
		}
		assertThat(leftNull).isNotEmpty();
		assertThat(RankingController.COUNTED_FIELDS).isEqualTo(leftNull);
	}

	@Test
	void theFieldsAnIndexFigureServesAreFieldsOfIndexValueAndAccessorsOfTheFigure() {
		assertThat(withoutTypename(FigureSelection.FIGURE_FIELDS)).isSubsetOf(fields("IndexValue"))
			.isSubsetOf(accessors(IndexFigure.class));
	}

	private static Set<String> fields(String type) {
		ObjectTypeDefinition definition = schema.getType(type, ObjectTypeDefinition.class).orElseThrow();
		return definition.getFieldDefinitions()
			.stream()
			.map(FieldDefinition::getName)
			.collect(Collectors.toCollection(TreeSet::new));
	}

	private static Set<String> accessors(Class<?> type) {
		return Arrays.stream(type.getMethods())
			.filter((method) -> method.getParameterCount() == 0 && method.getReturnType() != void.class)
			.map(Method::getName)
			.collect(Collectors.toCollection(TreeSet::new));
	}

	private static Set<String> withoutTypename(Set<String> names) {
		return names.stream().filter((name) -> !name.equals("__typename")).collect(Collectors.toSet());
	}

	private static TypeDefinitionRegistry schema() {
		try {
			return new SchemaParser().parse(Files.readString(Path.of("schema.graphql")));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
