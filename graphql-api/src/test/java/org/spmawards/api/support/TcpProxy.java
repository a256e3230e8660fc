package org.spmawards.api.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP proxy in front of the test database, for outages on demand: {@link #stop()} is a
 * database that went away (connections closed, new ones refused), {@link #start()} its
 * return on the same port, and {@link #dropConnections()} a restart between two requests
 * (every pooled connection is stale).
 */
public final class TcpProxy implements AutoCloseable {

	private final String targetHost;

	private final int targetPort;

	private final List<Socket> sockets = new CopyOnWriteArrayList<>();

	private volatile int port;

	private volatile ServerSocket server;

	public TcpProxy(String targetHost, int targetPort) {
		this.targetHost = targetHost;
		this.targetPort = targetPort;
	}

	/** Listens (again, on the same port after a stop), unless it listens already. */
	public synchronized TcpProxy start() {
		if (this.server != null && !this.server.isClosed()) {
			return this;
		}
		try {
			ServerSocket listening = new ServerSocket();
			listening.setReuseAddress(true);
			listening.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), this.port));
			this.port = listening.getLocalPort();
			this.server = listening;
			Thread acceptor = new Thread(() -> accept(listening), "tcp-proxy-" + this.port);
			acceptor.setDaemon(true);
			acceptor.start();
			return this;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public int port() {
		return this.port;
	}

	/** Closes every connection through the proxy, and refuses new ones. */
	public synchronized void stop() {
		try {
			this.server.close();
		}
		catch (IOException ex) {
			// closed already
		}
		dropConnections();
	}

	/** Closes every connection through the proxy; new ones are accepted. */
	public void dropConnections() {
		// removes only the sockets it closed: clearing the list could forget a connection
		// accepted meanwhile, which no later stop would close (a database that never went
		// away for the pool's connection that kept it)
		for (Socket socket : this.sockets) {
			closeQuietly(socket);
			this.sockets.remove(socket);
		}
	}

	@Override
	public void close() {
		stop();
	}

	private void accept(ServerSocket listening) {
		while (!listening.isClosed()) {
			try {
				Socket client = listening.accept();
				Socket target = new Socket(this.targetHost, this.targetPort);
				this.sockets.add(client);
				this.sockets.add(target);
				if (listening.isClosed()) {
					// stopped while this connection was being made: it goes with the
					// others
					dropConnections();
					return;
				}
				pump(client, target);
				pump(target, client);
			}
			catch (IOException ex) {
				// stopped
			}
		}
	}

	private void pump(Socket from, Socket to) {
		Thread pump = new Thread(() -> {
			byte[] buffer = new byte[16384];
			try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
				for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
					out.write(buffer, 0, read);
					out.flush();
				}
			}
			catch (IOException ex) {
				// closed
			}
			finally {
				closeQuietly(from);
				closeQuietly(to);
			}
		}, "tcp-proxy-pump");
		pump.setDaemon(true);
		pump.start();
	}

	private static void closeQuietly(Socket socket) {
		try {
			socket.close();
		}
		catch (IOException ex) {
			// closed already
		}
	}

}
