package org.spmawards.api.support;

import java.util.Arrays;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Collectors;

import io.r2dbc.proxy.ProxyConnectionFactory;
import io.r2dbc.proxy.core.BoundValue;
import io.r2dbc.proxy.core.QueryExecutionInfo;
import io.r2dbc.proxy.core.QueryInfo;
import io.r2dbc.proxy.listener.ProxyExecutionListener;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.Parameter;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements the service sends for requests, by wrapping its R2DBC
 * connection factory in an r2dbc-proxy listener. Import it into a test with
 * {@code @Import}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounter implements ProxyExecutionListener {

	private final Queue<Sent> sent = new ConcurrentLinkedQueue<>();

	@Override
	public void afterQuery(QueryExecutionInfo execution) {
		// not the reads of the data version, which the instance makes when notified of
		// a change or on its periodic check, whatever the request
		for (QueryInfo query : execution.getQueries()) {
			if (!query.getQuery().contains("from data_version")) {
				List<String> values = query.getBindingsList()
					.stream()
					.flatMap((bindings) -> bindings.getIndexBindings().stream())
					.map((binding) -> literal(binding.getBoundValue()))
					.toList();
				this.sent.add(new Sent(query.getQuery(), values));
			}
		}
	}

	/** A bound value as an SQL literal: {@code null}, a number, or quoted text. */
	private static String literal(BoundValue bound) {
		Object value = bound.isNull() ? null : bound.getValue();
		if (value instanceof Parameter parameter) {
			value = parameter.getValue();
		}
		if (value == null) {
			return "null";
		}
		if (value instanceof Number || value instanceof Boolean) {
			return value.toString();
		}
		String text = (value instanceof Object[] array)
				? Arrays.stream(array).map(String::valueOf).collect(Collectors.joining(",", "{", "}"))
				: value.toString();
		return "'" + text.replace("'", "''") + "'";
	}

	/**
	 * Returns how many statements ran since the last reset.
	 * @return the count
	 */
	public int count() {
		return this.sent.size();
	}

	/**
	 * Returns the statements that ran since the last reset.
	 * @return their SQL, in the order they ran
	 */
	public List<String> texts() {
		return this.sent.stream().map(Sent::sql).toList();
	}

	/**
	 * Returns the statements that ran since the last reset, with the values bound to
	 * them.
	 * @return each statement's SQL and its parameters as SQL literals, in the order they
	 * ran
	 */
	public List<Sent> sent() {
		return List.copyOf(this.sent);
	}

	/**
	 * Starts counting from zero.
	 */
	public void reset() {
		this.sent.clear();
	}

	/**
	 * A statement sent and the values bound to it.
	 *
	 * @param sql the SQL, with its parameters {@code $1}, {@code $2}...
	 * @param values the value of each parameter as an SQL literal, in order
	 */
	public record Sent(String sql, List<String> values) {

	}

	@Bean
	static BeanPostProcessor countingConnectionFactory(StatementCounter counter) {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				return (bean instanceof ConnectionFactory factory)
						? ProxyConnectionFactory.builder(factory).listener(counter).build() : bean;
			}

		};
	}

}
