package org.councilcommons.platform.persistence;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The one data source class named in {@link DataSources}. Payara sets {@code url}, {@code user} and
 * {@code password} from configuration; the URL alone decides which driver serves it, so an operator switches
 * from the embedded H2 database to PostgreSQL by setting {@code COMMONS_DB_URL}, without a rebuild.
 */
public class CommonsDataSource implements DataSource {

    private static final Logger LOG = Logger.getLogger(CommonsDataSource.class.getName());
    private static volatile boolean connectedOnce;

    private String url;
    private String user;
    private String password;
    private volatile DataSource target;
    private PrintWriter logWriter;
    private int loginTimeout;

    public void setUrl(String url) {
        this.url = url;
        this.target = null;
    }

    public String getUrl() {
        return url;
    }

    public void setURL(String url) {
        setUrl(url);
    }

    public void setUser(String user) {
        this.user = user;
        this.target = null;
    }

    public String getUser() {
        return user;
    }

    public void setPassword(String password) {
        this.password = password;
        this.target = null;
    }

    private DataSource target() throws SQLException {
        DataSource t = target;
        if (t == null) {
            t = create();
            target = t;
        }
        return t;
    }

    private DataSource create() throws SQLException {
        if (url == null || url.isBlank()) {
            throw new SQLException("No database URL is configured (commons.db.url / COMMONS_DB_URL)");
        }
        if (url.startsWith("jdbc:postgresql:")) {
            PGSimpleDataSource pg = new PGSimpleDataSource();
            pg.setURL(url);
            if (user != null) {
                pg.setUser(user);
            }
            if (password != null) {
                pg.setPassword(password);
            }
            return pg;
        }
        if (url.startsWith("jdbc:h2:")) {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL(url);
            h2.setUser(user == null ? "" : user);
            h2.setPassword(password == null ? "" : password);
            return h2;
        }
        throw new SQLException("Unsupported database URL: " + url.replaceAll("password=[^&;]*", "password=***")
                + " (use jdbc:postgresql:... or jdbc:h2:...)");
    }

    @Override
    public Connection getConnection() throws SQLException {
        return connect(() -> target().getConnection());
    }

    @Override
    public Connection getConnection(String username, String pw) throws SQLException {
        return connect(() -> target().getConnection(username, pw));
    }

    private interface Connect {
        Connection open() throws SQLException;
    }

    /**
     * Until the first connection succeeds, keeps trying for a while: when the machine or the compose stack starts,
     * the database is often a few seconds behind us, and a failed deployment would not recover by itself.
     * Once connected, a failure is reported at once, as usual.
     */
    private static Connection connect(Connect connect) throws SQLException {
        if (connectedOnce) {
            return connect.open();
        }
        long deadline = System.nanoTime() + startWaitSeconds() * 1_000_000_000L;
        int attempt = 0;
        while (true) {
            try {
                Connection c = connect.open();
                connectedOnce = true;
                return c;
            } catch (SQLException e) {
                attempt++;
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                LOG.warning("Waiting for the database (attempt " + attempt + "): " + e.getMessage());
                try {
                    Thread.sleep(Math.min(5_000, 500L * attempt));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /** {@code COMMONS_DB_START_WAIT} (seconds, default 60): how long the first connection may take. */
    static long startWaitSeconds() {
        String value = System.getProperty("commons.db.start-wait", System.getenv("COMMONS_DB_START_WAIT"));
        try {
            return value == null ? 60 : Math.max(0, Long.parseLong(value.trim()));
        } catch (NumberFormatException e) {
            return 60;
        }
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        return target().unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return iface.isInstance(this) || target().isWrapperFor(iface);
    }
}
