package org.spmawards.api.cache;

import java.util.List;
import java.util.Map;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A kept answer as the JSON it is sent as, without errors: the HTTP routes write
 * {@link #json()} as it is, and a transport that needs the answer's objects decodes them
 * each time it asks for them. Kept this way, an answer takes a fraction of the memory of
 * its objects, and answering it again costs no serialisation.
 */
public final class SerializedAnswer implements ExecutionResult {

	private static final TypeReference<Map<String, Object>> SPECIFICATION = new TypeReference<>() {
	};

	private final byte[] json;

	private final JsonMapper mapper;

	SerializedAnswer(byte[] json, JsonMapper mapper) {
		this.json = json;
		this.mapper = mapper;
	}

	/**
	 * Returns the answer as the JSON of its specification form ({@code data} and
	 * {@code extensions}).
	 * @return the JSON bytes; not to be changed
	 */
	public byte[] json() {
		return this.json;
	}

	int size() {
		return this.json.length;
	}

	@Override
	public List<GraphQLError> getErrors() {
		return List.of();
	}

	@Override
	@SuppressWarnings("unchecked")
	public <T> T getData() {
		return (T) toSpecification().get("data");
	}

	@Override
	public boolean isDataPresent() {
		return true;
	}

	@Override
	@SuppressWarnings("unchecked")
	public @Nullable Map<Object, Object> getExtensions() {
		return (Map<Object, Object>) toSpecification().get("extensions");
	}

	@Override
	public Map<String, Object> toSpecification() {
		// decoded each time, not kept: a kept answer would hold its objects again
		return this.mapper.readValue(this.json, SPECIFICATION);
	}

}
