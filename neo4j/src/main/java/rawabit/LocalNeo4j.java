package rawabit;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Runs Neo4j Community embedded with only the Bolt connector on 127.0.0.1.
 *
 * <p>Usage: {@code java -cp ... rawabit.LocalNeo4j --home <dir> --bolt-port <port> [--page-cache-mb 256]}. The password of
 * user {@code neo4j} comes from the environment variable NEO4J_PASSWORD (never from the command line,
 * which other users can read). Prints {@code READY bolt://...} once Bolt accepts connections and
 * shuts the database down cleanly on SIGTERM/SIGINT.
 */
public final class LocalNeo4j {
  public static void main(String[] args) throws Exception {
    Map<String, String> opts = parseArgs(args);
    Path home = Path.of(require(opts, "--home")).toAbsolutePath();
    int boltPort = Integer.parseInt(require(opts, "--bolt-port"));
    long pageCacheMb = Long.parseLong(opts.getOrDefault("--page-cache-mb", "256"));
    String password = System.getenv("NEO4J_PASSWORD");
    if (password == null || password.length() < 8) {
      System.err.println("neo4j launcher: NEO4J_PASSWORD must be set and at least 8 characters long");
      System.exit(2);
    }

    DatabaseManagementService dbms =
        new DatabaseManagementServiceBuilder(home)
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", boltPort))
            .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", boltPort))
            .setConfig(HttpConnector.enabled, false)
            .setConfig(GraphDatabaseSettings.auth_enabled, true)
            // Nothing leaves the machine.
            .setConfig(GraphDatabaseSettings.udc_enabled, false)
            .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMb))
            .setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files")
            // Bolt otherwise lingers 5 s for idle connections on every stop.
            .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
            .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
            .build();

    // Registered right after build so that a SIGTERM during start-up still closes the store.
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  System.out.println("neo4j launcher: shutting down");
                  dbms.shutdown();
                  System.out.println("neo4j launcher: stopped");
                  stopped.countDown();
                },
                "rawabit-neo4j-shutdown"));

    setPassword(dbms, password);
    System.out.println("READY bolt://127.0.0.1:" + boltPort);
    stopped.await();
  }

  /** Makes the stored password match NEO4J_PASSWORD; embedded access bypasses auth. */
  private static void setPassword(DatabaseManagementService dbms, String password) {
    try {
      dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
          .executeTransactionally(
              "ALTER USER neo4j SET PLAINTEXT PASSWORD $password CHANGE NOT REQUIRED",
              Map.of("password", password));
    } catch (RuntimeException e) {
      // Neo4j refuses to "change" a password to its current value; that is the steady state.
      if (!String.valueOf(e.getMessage()).contains("Old password and new password cannot be the same")) {
        throw e;
      }
    }
  }

  private static Map<String, String> parseArgs(String[] args) {
    Map<String, String> opts = new java.util.HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) opts.put(args[i], args[i + 1]);
    return opts;
  }

  private static String require(Map<String, String> opts, String name) {
    String value = opts.get(name);
    if (value == null) {
      System.err.println("neo4j launcher: missing " + name + " (usage: --home <dir> --bolt-port <port>)");
      System.exit(2);
    }
    return value;
  }
}
