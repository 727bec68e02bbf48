package be.actraject.web.error;

import be.actraject.web.fullstack.FullStackTest;
import be.actraject.web.support.TcpProxy;
import org.h2.tools.Server;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import java.sql.SQLException;

/**
 * {@link DatabaseOutageContract} on H2 served over TCP (the embedded file database cannot go away by itself): the
 * proxy stands between the application and the H2 server. The engine's job executor is off, so that its polling does
 * not fill the log while the database is away.
 */
@FullStackTest
@TestPropertySource(properties = "camunda.bpm.job-execution.enabled=false")
@DirtiesContext
class DatabaseOutageOnH2Test extends DatabaseOutageContract {

    private static final Server H2 = tcpServer();
    private static final TcpProxy PROXY = new TcpProxy("127.0.0.1", H2.getPort());

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:tcp://127.0.0.1:" + PROXY.port()
                + "/mem:outage;DB_CLOSE_DELAY=-1");
    }

    @Override
    TcpProxy database() {
        return PROXY;
    }

    private static Server tcpServer() {
        try {
            // -ifNotExists: the application creates its in-memory database through the server. A daemon, left
            // running for the application's shutdown after the tests.
            return Server.createTcpServer("-tcpPort", "0", "-ifNotExists", "-tcpDaemon").start();
        } catch (SQLException e) {
            throw new IllegalStateException("H2 TCP server", e);
        }
    }
}
