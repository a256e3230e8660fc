package org.spmawards.api.support;

import java.util.concurrent.atomic.AtomicInteger;

import io.r2dbc.proxy.ProxyConnectionFactory;
import io.r2dbc.proxy.core.QueryExecutionInfo;
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

	@Override
	public void afterQuery(QueryExecutionInfo execution) {
		// not the reads of the data version, which the instance makes when notified of
		// a change or on its periodic check, whatever the request
		this.statements.addAndGet((int) execution.getQueries()
			.stream()
			.filter((query) -> !query.getQuery().contains("from data_version"))
			.count());
	}

	/**
	 * Returns how many statements ran since the last reset.
	 * @return the count
	 */
	public int count() {
		return this.statements.get();
	}

	/**
	 * Starts counting from zero.
	 */
	public void reset() {
		this.statements.set(0);
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
