package be.actraject.web.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP proxy on a loopback port in front of a database server, to take the database away under a running
 * application: {@link #stop} closes every connection and refuses new ones (a server that went down), {@link #hang}
 * keeps them open but passes nothing on (a server or network that went silent), {@link #start} brings it back.
 */
public final class TcpProxy implements AutoCloseable {

    private final String targetHost;
    private final int targetPort;
    private final int port;
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket server;
    private volatile boolean hanging;

    public TcpProxy(String targetHost, int targetPort) {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        this.port = listen(0);
    }

    /** The loopback port to connect to instead of the target's. */
    public int port() {
        return port;
    }

    /** Passes bytes on again, and accepts connections again on the same port if it was stopped. */
    public synchronized void start() {
        hanging = false;
        if (server == null || server.isClosed()) {
            listen(port);
        }
    }

    /** As a server that is down: every connection closed, new ones refused. */
    public synchronized void stop() {
        close(server);
        sockets.forEach(TcpProxy::close);
        sockets.clear();
    }

    /** As a server that stopped answering: connections stay open, new ones are accepted, nothing gets through. */
    public void hang() {
        hanging = true;
    }

    @Override
    public void close() {
        stop();
    }

    private int listen(int on) {
        try {
            ServerSocket socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), on));
            server = socket;
            daemon("proxy-accept", () -> accept(socket));
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void accept(ServerSocket socket) {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                sockets.add(client);
                if (hanging) {
                    continue;
                }
                Socket upstream = new Socket(targetHost, targetPort);
                sockets.add(upstream);
                daemon("proxy-up", () -> pipe(client, upstream));
                daemon("proxy-down", () -> pipe(upstream, client));
            } catch (IOException e) {
                // closed by stop(), or the target refused: the client's connection fails, as it would directly
            }
        }
    }

    private void pipe(Socket from, Socket to) {
        byte[] buffer = new byte[16384];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            int read;
            while ((read = in.read(buffer)) >= 0) {
                while (hanging && !from.isClosed()) {
                    Thread.sleep(20);
                }
                out.write(buffer, 0, read);
                out.flush();
            }
        } catch (IOException e) {
            // one side closed
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            close(from);
            close(to);
        }
    }

    private static void daemon(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        thread.start();
    }

    private static void close(java.io.Closeable closeable) {
        try {
            if (closeable != null) {
                closeable.close();
            }
        } catch (IOException e) {
            // already closed
        }
    }
}
