package org.spmawards.api.errors;

import java.util.List;

import graphql.GraphQLError;
import graphql.Scalars;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionStepInfo;
import graphql.execution.MergedField;
import graphql.execution.ResultPath;
import graphql.language.Field;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingEnvironmentImpl;
import io.r2dbc.spi.ConnectionFactories;
import org.junit.jupiter.api.Test;
import org.spmawards.persistence.support.DatabaseAvailability;

import org.springframework.graphql.execution.ErrorType;
import org.springframework.r2dbc.core.DatabaseClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exceptions the resolver maps itself, and the ones it leaves to Spring for GraphQL,
 * which answers them as an INTERNAL_ERROR without their message.
 */
class GraphQlErrorHandlingTests {

	/** A database nobody reaches: these failures never probe it. */
	private final GraphQlErrorHandling handling = new GraphQlErrorHandling(new DatabaseAvailability(
			DatabaseClient.create(ConnectionFactories.get("r2dbc:postgresql://none@127.0.0.1:1/none"))));

	private final DataFetchingEnvironment environment = DataFetchingEnvironmentImpl.newDataFetchingEnvironment()
		.mergedField(MergedField.newMergedField(Field.newField("rankings").build()).build())
		.executionStepInfo(ExecutionStepInfo.newExecutionStepInfo()
			.type(Scalars.GraphQLString)
			.path(ResultPath.rootPath().segment("rankings"))
			.build())
		.build();

	@Test
	void mapsAnInvalidArgumentToBadRequestNamingTheArgument() {
		assertThat(resolve(new InvalidArgumentException("first", "Argument 'first' takes 1 to 100"))).singleElement()
			.satisfies((error) -> {
				assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
				assertThat(error.getExtensions()).containsEntry("argument", "first");
				assertThat(error.getPath()).containsExactly("rankings");
			});
	}

	@Test
	void resolvesTheCancellationOfARequestWhoseClientWentAway() {
		assertThat(resolve(new AbortExecutionException("Execution has been asked to be cancelled"))).singleElement()
			.satisfies((error) -> {
				assertThat(error.getErrorType()).isEqualTo(graphql.ErrorType.ExecutionAborted);
				assertThat(error.getMessage()).isEqualTo("The request was cancelled");
			});
	}

	@Test
	void leavesAnyOtherExceptionUnresolved() {
		assertThat(resolve(new IllegalStateException("select * from secret"))).isNull();
	}

	private List<GraphQLError> resolve(Throwable ex) {
		return this.handling.resolveException(ex, this.environment).block();
	}

}
