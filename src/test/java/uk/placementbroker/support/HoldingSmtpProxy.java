package uk.placementbroker.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP relay in front of a mail server that lets the first connections through and holds the next one
 * unanswered: a test can then stop the sender at a known point, with every earlier mail accepted and
 * the held one not begun. Or, made {@link #slow}, one that lets every connection through after a pause, so that
 * two senders' share of the mail can be counted.
 */
public final class HoldingSmtpProxy implements AutoCloseable {

    private final ServerSocket listener;
    private final int upstreamPort;
    private final int passedBeforeHolding;
    private final Duration pauseBeforeEach;
    private final AtomicInteger connections = new AtomicInteger();
    private final CountDownLatch holding = new CountDownLatch(1);

    public HoldingSmtpProxy(int upstreamPort, int passedBeforeHolding) throws IOException {
        this(upstreamPort, passedBeforeHolding, Duration.ZERO);
    }

    /** Passes every connection, each after {@code pauseBeforeEach}, one at a time. */
    public static HoldingSmtpProxy slow(int upstreamPort, Duration pauseBeforeEach) throws IOException {
        return new HoldingSmtpProxy(upstreamPort, Integer.MAX_VALUE, pauseBeforeEach);
    }

    private HoldingSmtpProxy(int upstreamPort, int passedBeforeHolding, Duration pauseBeforeEach) throws IOException {
        this.listener = new ServerSocket(0);
        this.upstreamPort = upstreamPort;
        this.passedBeforeHolding = passedBeforeHolding;
        this.pauseBeforeEach = pauseBeforeEach;
        Thread accepting = new Thread(this::accept, "smtp-proxy");
        accepting.setDaemon(true);
        accepting.start();
    }

    public int port() {
        return listener.getLocalPort();
    }

    /** How many connections have come in. */
    public int connections() {
        return connections.get();
    }

    /** Waits until a connection is being held; false if none came in time. */
    public boolean awaitHolding(Duration within) throws InterruptedException {
        return holding.await(within.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                if (connections.incrementAndGet() > passedBeforeHolding) {
                    // Accepted but never answered: the sender waits for the server's greeting.
                    holding.countDown();
                    continue;
                }
                Thread.sleep(pauseBeforeEach.toMillis());
                Socket server = new Socket("localhost", upstreamPort);
                pump(client, server);
                pump(server, client);
            } catch (IOException closed) {
                return;
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static void pump(Socket from, Socket to) {
        Thread copying = new Thread(
                () -> {
                    try (InputStream in = from.getInputStream();
                            OutputStream out = to.getOutputStream()) {
                        in.transferTo(out);
                    } catch (IOException ended) {
                        // One side closed: the other is closed below.
                    } finally {
                        try {
                            to.close();
                            from.close();
                        } catch (IOException ignored) {
                            // Already closed.
                        }
                    }
                },
                "smtp-proxy-copy");
        copying.setDaemon(true);
        copying.start();
    }

    @Override
    public void close() throws IOException {
        listener.close();
    }
}
