package org.spmawards.persistence.replica;

import reactor.util.context.Context;
import reactor.util.context.ContextView;

/**
 * Marks the work of a request that only reads, in its Reactor context: its statements may
 * go to a replica. Everything else (imports, migrations, the start-up tasks, the
 * data-version checks) goes to the primary.
 */
public final class ReadRouting {

	private static final Object KEY = ReadRouting.class;

	private ReadRouting() {
	}

	/**
	 * Marks a context: what runs in it may read from a replica.
	 * @param context the context
	 * @return the marked context
	 */
	public static Context onReplicas(Context context) {
		return context.put(KEY, Boolean.TRUE);
	}

	/**
	 * Marks a context: what runs in it reads from the primary, even where it may use a
	 * replica otherwise.
	 * @param context the context
	 * @return the marked context
	 */
	public static Context onPrimary(Context context) {
		return context.put(KEY, Boolean.FALSE);
	}

	static boolean mayUseReplicas(ContextView context) {
		return context.getOrDefault(KEY, Boolean.FALSE);
	}

}
