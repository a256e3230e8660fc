package org.spmawards.api.fetching;

import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What {@link Selections} finds under a field, run through graphql-java on a small
 * schema: fields by name whatever their alias, through fragment spreads and inline
 * fragments, under a path of names, and counted whatever {@code @skip} says.
 */
class SelectionsTests {

	private static final String SDL = """
			type Query { page: Page }
			type Page { total: Int, edges: [Edge], nodes: [Entry] }
			type Edge { cursor: String, node: Entry }
			type Entry { rank: Int, value: Float, previous: Int }
			""";

	@Test
	void findsFieldsByNameWhateverTheirAlias() {
		Selections page = selectionOf("{ page { count: total nodes { rank } } }");
		assertThat(page.anyNamed(Set.of("total"))).isTrue();
		assertThat(page.anyNamed(Set.of("count"))).isFalse();
		assertThat(page.allNamed(Set.of("total", "nodes"))).isTrue();
		assertThat(page.allNamed(Set.of("total"))).isFalse();
	}

	@Test
	void findsFieldsThroughFragmentSpreadsAndInlineFragments() {
		Selections page = selectionOf("""
				{ page { ...counted nodes { ... on Entry { rank } ...more } } }
				fragment counted on Page { total }
				fragment more on Entry { previous }
				""");
		assertThat(page.anyNamed(Set.of("total"))).isTrue();
		Selections nodes = page.under("nodes");
		assertThat(nodes.allNamed(Set.of("rank", "previous"))).isTrue();
		assertThat(nodes.anyNamed(Set.of("previous"))).isTrue();
		assertThat(nodes.anyNamed(Set.of("value"))).isFalse();
	}

	@Test
	void followsAPathAndJoinsTwoSelections() {
		Selections page = selectionOf("{ page { edges { node { rank } } nodes { value } } }");
		Selections node = page.under("edges", "node").and(page.under("nodes"));
		assertThat(node.allNamed(Set.of("rank", "value"))).isTrue();
		assertThat(node.allNamed(Set.of("rank"))).isFalse();
		assertThat(page.under("edges", "cursor").allNamed(Set.of())).as("nothing selected").isTrue();
		assertThat(page.under("total").anyNamed(Set.of("rank"))).isFalse();
	}

	@Test
	void countsAFieldThatSkipLeavesOut() {
		Selections page = selectionOf("{ page { total @skip(if: true) nodes { rank } } }");
		assertThat(page.anyNamed(Set.of("total"))).as("a wider read, never a narrower one").isTrue();
	}

	private static Selections selectionOf(String document) {
		AtomicReference<Selections> seen = new AtomicReference<>();
		RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring()
			.type("Query", (type) -> type.dataFetcher("page", (environment) -> {
				seen.set(Selections.of(environment));
				return null;
			}))
			.build();
		GraphQL graphQl = GraphQL
			.newGraphQL(new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(SDL), wiring))
			.build();
		ExecutionResult result = graphQl.execute(document);
		assertThat(result.getErrors()).isEmpty();
		return seen.get();
	}

}
