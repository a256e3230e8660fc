package org.spmawards.persistence.support;

import java.net.ConnectException;
import java.nio.channels.ClosedChannelException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import io.r2dbc.spi.R2dbcException;
import io.r2dbc.spi.R2dbcNonTransientResourceException;
import io.r2dbc.spi.R2dbcTransientResourceException;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.pool.PoolAcquireTimeoutException;
import reactor.pool.PoolShutdownException;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

/**
 * Whether the database can be reached, as the service last saw it. A failure that means
 * it cannot (a refused, closed or shut-down connection, a pool that cannot hand one out)
 * makes it unavailable; a probe, at once and then every second, makes it available again
 * as soon as it answers. An outage is logged once when the first probe fails, and once
 * when the database answers again; a failure the first probe contradicts (a stale
 * connection after a restart) is not logged. In between, the API answers 503 with
 * {@code Retry-After} instead of logging a stack trace per request.
 */
@Component
public class DatabaseAvailability implements DisposableBean {

	/** How long a client should wait before it retries, in seconds. */
	public static final int RETRY_AFTER_SECONDS = 5;

	private static final Log logger = LogFactory.getLog(DatabaseAvailability.class);

	private static final Duration PROBE_INTERVAL = Duration.ofSeconds(1);

	private final DatabaseClient database;

	private final AtomicReference<@Nullable Instant> unavailableSince = new AtomicReference<>();

	private final AtomicBoolean reported = new AtomicBoolean();

	private volatile @Nullable Disposable probe;

	public DatabaseAvailability(DatabaseClient database) {
		this.database = database;
	}

	/**
	 * Returns whether a failure means that the database cannot be reached, rather than
	 * that a statement failed.
	 * @param failure the failure
	 * @return whether the database is unavailable
	 */
	public static boolean meansUnavailable(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof R2dbcNonTransientResourceException || cause instanceof R2dbcTransientResourceException
					|| cause instanceof DataAccessResourceFailureException || cause instanceof ConnectException
					|| cause instanceof ClosedChannelException || cause instanceof PoolAcquireTimeoutException
					|| cause instanceof PoolShutdownException) {
				return true;
			}
			if (cause instanceof R2dbcException r2dbc && r2dbc.getSqlState() != null
					&& (r2dbc.getSqlState().startsWith("08") || r2dbc.getSqlState().startsWith("57P")
							|| "53300".equals(r2dbc.getSqlState()))) {
				// connection exceptions, shut-downs, too many connections
				return true;
			}
			if (cause instanceof TimeoutException && String.valueOf(cause.getMessage()).contains("acquire")) {
				return true;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return false;
	}

	/**
	 * Records a failure: if it means that the database cannot be reached, the database is
	 * unavailable until the probe reaches it.
	 * @param failure the failure
	 * @return whether it means that the database is unavailable
	 */
	public boolean failed(Throwable failure) {
		if (!meansUnavailable(failure)) {
			return false;
		}
		if (this.unavailableSince.compareAndSet(null, Instant.now())) {
			// probed at once: a stale connection after a restart is no outage, and logs
			// nothing; only a database that does not answer the probe is one
			this.probe = Flux.interval(Duration.ZERO, PROBE_INTERVAL)
				.concatMap((tick) -> this.database.sql("select 1")
					.map((row) -> Boolean.TRUE)
					.one()
					.timeout(PROBE_INTERVAL)
					.onErrorResume((ex) -> {
						if (this.reported.compareAndSet(false, true)) {
							logger.warn("The database is unavailable (" + describe(failure)
									+ "): requests that need it are answered 503 until it answers again");
						}
						return Mono.just(Boolean.FALSE);
					}))
				.filter(Boolean::booleanValue)
				.next()
				.subscribe((answered) -> recovered());
		}
		return true;
	}

	/**
	 * Returns whether the database answered last time the service tried.
	 * @return whether it is available
	 */
	public boolean available() {
		return this.unavailableSince.get() == null;
	}

	private void recovered() {
		Instant since = this.unavailableSince.getAndSet(null);
		if (since != null && this.reported.getAndSet(false)) {
			logger.info("The database answers again, after " + Duration.between(since, Instant.now()).toMillis()
					+ " ms unavailable");
		}
	}

	/** The innermost message, without a library's class name. */
	private static String describe(Throwable failure) {
		String message = null;
		for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
			if (cause.getMessage() != null) {
				message = cause.getMessage();
			}
		}
		return (message != null) ? message : "no answer";
	}

	@Override
	public void destroy() {
		Disposable running = this.probe;
		if (running != null) {
			running.dispose();
		}
	}

}
