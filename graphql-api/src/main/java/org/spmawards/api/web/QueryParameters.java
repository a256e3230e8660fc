package org.spmawards.api.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.spmawards.api.errors.BadParameterException;
import org.spmawards.domain.region.RegionCode;

import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.server.ServerRequest;

/**
 * The query parameters of a plain HTTP route: exactly those it takes (for an export,
 * those of the GraphQL field it mirrors), each checked, so that a misspelt or unsupported
 * parameter is refused instead of ignored.
 */
public final class QueryParameters {

	private final MultiValueMap<String, String> values;

	private QueryParameters(MultiValueMap<String, String> values) {
		this.values = values;
	}

	/**
	 * Reads a request's parameters, refusing any that the export does not take.
	 * @param request the request
	 * @param accepted the parameters the export takes
	 * @return the parameters
	 * @throws BadParameterException for an unknown or repeated parameter
	 */
	public static QueryParameters of(ServerRequest request, Set<String> accepted) {
		MultiValueMap<String, String> values = request.queryParams();
		for (String name : values.keySet()) {
			if (!accepted.contains(name)) {
				throw new BadParameterException(name,
						"Unknown query parameter '" + name + "': this export takes " + (accepted.isEmpty()
								? "no parameters" : accepted.stream().sorted().collect(Collectors.joining(", "))));
			}
			if (values.get(name).size() > 1) {
				throw new BadParameterException(name, "Query parameter '" + name + "' is given more than once");
			}
		}
		return new QueryParameters(values);
	}

	public @Nullable String text(String name) {
		String value = this.values.getFirst(name);
		return (value == null || value.isBlank()) ? null : value.trim();
	}

	public String required(String name, String example) {
		String value = text(name);
		if (value == null) {
			throw new BadParameterException(name, "Query parameter '" + name + "' is required, e.g. " + example);
		}
		return value;
	}

	public @Nullable Integer integer(String name) {
		String value = text(name);
		if (value == null) {
			return null;
		}
		if (!value.matches("\\d{1,4}")) {
			throw new BadParameterException(name,
					"Query parameter '" + name + "': '" + value + "' is not a year, e.g. 2024");
		}
		return Integer.valueOf(value);
	}

	public int requiredInteger(String name, String example) {
		required(name, example);
		return integer(name);
	}

	public <E extends Enum<E>> @Nullable E enumeration(String name, Class<E> type) {
		String value = text(name);
		if (value == null) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new BadParameterException(name, "Query parameter '" + name + "': '" + value + "' is not one of "
					+ Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
		}
	}

	public <E extends Enum<E>> E requiredEnumeration(String name, Class<E> type) {
		required(name, List.of(type.getEnumConstants()).get(0).name());
		return enumeration(name, type);
	}

	/**
	 * Reads {@code lang}: {@code id} (the default) or {@code en}.
	 * @return whether the answer is in English
	 */
	public boolean english() {
		String lang = text("lang");
		if (lang != null && !lang.equals("id") && !lang.equals("en")) {
			throw new BadParameterException("lang", "Query parameter 'lang' is id or en, not '" + lang + "'");
		}
		return "en".equals(lang);
	}

	public boolean bool(String name) {
		String value = text(name);
		if (value == null) {
			return false;
		}
		if (!value.equals("true") && !value.equals("false")) {
			throw new BadParameterException(name,
					"Query parameter '" + name + "' is true or false, not '" + value + "'");
		}
		return Boolean.parseBoolean(value);
	}

	public @Nullable RegionCode regionCode(String name, boolean province) {
		String value = text(name);
		if (value == null) {
			return null;
		}
		RegionCode code;
		try {
			code = RegionCode.of(value);
		}
		catch (IllegalArgumentException ex) {
			throw new BadParameterException(name, "Query parameter '" + name + "': " + ex.getMessage());
		}
		if (province && !code.isProvince()) {
			throw new BadParameterException(name, "Query parameter '" + name + "': '" + value
					+ "' is not a province code: expected two digits, e.g. 32");
		}
		return code;
	}

}
