package org.spmawards.api.support;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import io.r2dbc.proxy.ProxyConnectionFactory;
import io.r2dbc.proxy.core.QueryExecutionInfo;
import io.r2dbc.proxy.core.QueryInfo;
import io.r2dbc.proxy.listener.ProxyExecutionListener;
import io.r2dbc.spi.ConnectionFactory;

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

	private final AtomicInteger statements = new AtomicInteger();

	private final Queue<String> texts = new ConcurrentLinkedQueue<>();

	@Override
	public void afterQuery(QueryExecutionInfo execution) {
		// not the reads of the data version, which the instance makes when notified of
		// a change or on its periodic check, whatever the request
		List<String> counted = execution.getQueries()
			.stream()
			.map(QueryInfo::getQuery)
			.filter((query) -> !query.contains("from data_version"))
			.toList();
		this.statements.addAndGet(counted.size());
		this.texts.addAll(counted);
	}

	/**
	 * Returns how many statements ran since the last reset.
	 * @return the count
	 */
	public int count() {
		return this.statements.get();
	}

	/**
	 * Returns the statements that ran since the last reset.
	 * @return their SQL, in the order they ran
	 */
	public List<String> texts() {
		return List.copyOf(this.texts);
	}

	/**
	 * Starts counting from zero.
	 */
	public void reset() {
		this.statements.set(0);
		this.texts.clear();
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
