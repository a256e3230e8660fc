package org.spmawards.api.http;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Reactor Netty's event loops are sized to the processors, to the service's setting, or
 * to Reactor Netty's own system property when one was given.
 */
class EventLoopThreadsEnvironmentPostProcessorTests {

	private final EventLoopThreadsEnvironmentPostProcessor postProcessor = new EventLoopThreadsEnvironmentPostProcessor();

	private final MockEnvironment environment = new MockEnvironment();

	private @Nullable String given;

	@BeforeEach
	void clearReactorProperty() {
		this.given = System.clearProperty(EventLoopThreadsEnvironmentPostProcessor.REACTOR_PROPERTY);
	}

	@AfterEach
	void restoreReactorProperty() {
		if (this.given != null) {
			System.setProperty(EventLoopThreadsEnvironmentPostProcessor.REACTOR_PROPERTY, this.given);
		}
		else {
			System.clearProperty(EventLoopThreadsEnvironmentPostProcessor.REACTOR_PROPERTY);
		}
	}

	@Test
	void sizesTheLoopsToTheProcessorsByDefault() {
		this.postProcessor.postProcessEnvironment(this.environment, new SpringApplication());
		assertThat(System.getProperty(EventLoopThreadsEnvironmentPostProcessor.REACTOR_PROPERTY))
			.isEqualTo(Integer.toString(Runtime.getRuntime().availableProcessors()));
	}

	@Test
	void sizesTheLoopsAsConfigured() {
		this.environment.setProperty(EventLoopThreadsEnvironmentPostProcessor.THREADS_PROPERTY, "3");
		this.postProcessor.postProcessEnvironment(this.environment, new SpringApplication());
		assertThat(System.getProperty(EventLoopThreadsEnvironmentPostProcessor.REACTOR_PROPERTY)).isEqualTo("3");
	}

	@Test
	void leavesReactorNettysOwnPropertyAlone() {
		System.setProperty(EventLoopThreadsEnvironmentPostProcessor.REACTOR_PROPERTY, "5");
		this.environment.setProperty(EventLoopThreadsEnvironmentPostProcessor.THREADS_PROPERTY, "3");
		this.postProcessor.postProcessEnvironment(this.environment, new SpringApplication());
		assertThat(System.getProperty(EventLoopThreadsEnvironmentPostProcessor.REACTOR_PROPERTY)).isEqualTo("5");
	}

	@Test
	void refusesANumberThatIsNotWhole() {
		this.environment.setProperty(EventLoopThreadsEnvironmentPostProcessor.THREADS_PROPERTY, "two");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.postProcessor.postProcessEnvironment(this.environment, new SpringApplication()))
			.withMessage("spm.http.event-loop-threads must be a whole number, not 'two'");
		assertThat(System.getProperty(EventLoopThreadsEnvironmentPostProcessor.REACTOR_PROPERTY)).isNull();
	}

	@Test
	void refusesFewerThanOneThread() {
		this.environment.setProperty(EventLoopThreadsEnvironmentPostProcessor.THREADS_PROPERTY, "0");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.postProcessor.postProcessEnvironment(this.environment, new SpringApplication()))
			.withMessage("spm.http.event-loop-threads must be at least 1, not 0");
		assertThat(System.getProperty(EventLoopThreadsEnvironmentPostProcessor.REACTOR_PROPERTY)).isNull();
	}

}
