package org.spmawards.api.http;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Sizes Reactor Netty's event loops, those of the HTTP server and of the database driver,
 * to the machine's processors ({@value #THREADS_PROPERTY}) instead of Reactor Netty's
 * default of at least four each: the service's work runs on these loops, and more busy
 * threads than processors only take turns on them.
 * <p>
 * Reactor Netty reads its size once, from the system property {@value #REACTOR_PROPERTY},
 * when its first loop is made, so the property is set here, before the application
 * context makes any; a {@value #REACTOR_PROPERTY} given on the command line wins.
 */
public class EventLoopThreadsEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

	/** The service's setting: how many threads each event loop group has. */
	static final String THREADS_PROPERTY = "spm.http.event-loop-threads";

	/** Reactor Netty's system property for the same. */
	static final String REACTOR_PROPERTY = "reactor.netty.ioWorkerCount";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (System.getProperty(REACTOR_PROPERTY) != null) {
			return;
		}
		String configured = environment.getProperty(THREADS_PROPERTY);
		int threads;
		try {
			threads = (configured != null) ? Integer.parseInt(configured.trim())
					: Runtime.getRuntime().availableProcessors();
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException(THREADS_PROPERTY + " must be a whole number, not '" + configured + "'");
		}
		if (threads < 1) {
			throw new IllegalArgumentException(THREADS_PROPERTY + " must be at least 1, not " + threads);
		}
		System.setProperty(REACTOR_PROPERTY, Integer.toString(threads));
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
