package org.spmawards.persistence.support;

import java.time.Duration;

import io.r2dbc.postgresql.PostgresqlConnectionFactory;
import io.r2dbc.postgresql.api.PostgresqlConnection;
import io.r2dbc.postgresql.api.PostgresqlResult;
import io.r2dbc.spi.ConnectionFactory;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Keeps this instance's {@link DataVersion} in step with the database when other
 * instances change the data: it listens on {@value #CHANNEL} (on a connection of its own,
 * outside the pool), which every change notifies at commit, and reads the stored version
 * when notified. In case a notification is missed (the listening connection broke and is
 * being re-opened), it also reads the stored version every
 * {@code spm.data-version.check-interval} (5 s).
 */
@Component
public class DataChangeListener implements SmartLifecycle {

	/** The channel every data change notifies. */
	public static final String CHANNEL = "spm_data_changed";

	private static final Log logger = LogFactory.getLog(DataChangeListener.class);

	private final @Nullable PostgresqlConnectionFactory connections;

	private final DataVersionStore store;

	private final Duration checkInterval;

	private volatile @Nullable Disposable listening;

	private volatile @Nullable Disposable checking;

	public DataChangeListener(ConnectionFactory connectionFactory, DataVersionStore store,
			DataVersionProperties properties) {
		this.connections = Unwrapping.find(connectionFactory, PostgresqlConnectionFactory.class);
		this.store = store;
		this.checkInterval = properties.checkInterval();
	}

	@Override
	public void start() {
		if (this.connections != null) {
			this.listening = Flux.defer(this::listen)
				.retryWhen(Retry.backoff(Long.MAX_VALUE, Duration.ofSeconds(1)).maxBackoff(Duration.ofSeconds(10)))
				.subscribe();
		}
		this.checking = Flux.interval(this.checkInterval, this.checkInterval)
			.onBackpressureDrop()
			.concatMap((tick) -> this.store.refresh().onErrorResume((ex) -> Mono.empty()))
			.subscribe();
	}

	private Flux<Long> listen() {
		// closed quietly: at shutdown, or after a failure, it may be closed already
		return Flux
			.usingWhen(this.connections.create(), this::notifications,
					(connection) -> Mono.from(connection.close()).onErrorComplete())
			.doOnError((ex) -> logger.debug("Listening for data changes failed; trying again", ex));
	}

	private Flux<Long> notifications(PostgresqlConnection connection) {
		return connection.createStatement("LISTEN " + CHANNEL)
			.execute()
			.flatMap(PostgresqlResult::getRowsUpdated)
			.thenMany(Flux.defer(() -> {
				// anything committed while not listening
				return this.store.refresh().thenMany(connection.getNotifications());
			}))
			.concatMap((notification) -> this.store.refresh());
	}

	@Override
	public void stop() {
		for (Disposable running : new Disposable[] { this.listening, this.checking }) {
			if (running != null) {
				running.dispose();
			}
		}
		this.listening = null;
		this.checking = null;
	}

	@Override
	public boolean isRunning() {
		return this.checking != null;
	}

}
