package uk.placementbroker.system;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * The embedded default: when no database is configured, start a real PostgreSQL server inside the
 * process, keep its data under {@code ./data/} so a restart keeps what was entered, and switch the
 * demo data on unless told otherwise.
 *
 * <p>Runs before the application context exists so that every part of Spring Boot (the data
 * source, Flyway, sessions) simply sees an ordinary {@code spring.datasource.url}.
 */
class EmbeddedDatabase implements EnvironmentPostProcessor, Ordered {

    static final String DIRECTORY_PROPERTY = "placementbroker.embedded-database.directory";
    private static final String DATABASE_URL = "DATABASE_URL";
    private static final String DEMO_DATA = "DEMO_DATA";
    private static final String DEMO_DATA_PROPERTY = "placementbroker.demo-data.enabled";

    private static EmbeddedPostgresServer server;

    private final Log log;

    EmbeddedDatabase(DeferredLogFactory logFactory) {
        this.log = logFactory.getLog(EmbeddedDatabase.class);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> properties = new HashMap<>();
        String demoData = environment.getProperty(DEMO_DATA, environment.getProperty(DEMO_DATA_PROPERTY));
        if (demoData != null) {
            properties.put(DEMO_DATA_PROPERTY, demoData);
        }
        String databaseUrl = environment.getProperty(DATABASE_URL);
        if (StringUtils.hasText(databaseUrl)) {
            properties.put("spring.datasource.url", databaseUrl);
            putIfPresent(environment, properties, "DATABASE_USERNAME", "spring.datasource.username");
            putIfPresent(environment, properties, "DATABASE_PASSWORD", "spring.datasource.password");
            putIfPresent(environment, properties, "DATABASE_OWNER_USERNAME", "spring.flyway.user");
            putIfPresent(environment, properties, "DATABASE_OWNER_PASSWORD", "spring.flyway.password");
        } else if (!StringUtils.hasText(environment.getProperty("spring.datasource.url"))) {
            Path directory = Path.of(environment.getProperty(DIRECTORY_PROPERTY, "data/postgres"))
                    .toAbsolutePath();
            EmbeddedPostgresServer postgres = start(directory);
            log.info("No DATABASE_URL configured: started embedded PostgreSQL on port " + postgres.port()
                    + " with its data in " + directory);
            properties.put("spring.datasource.url", postgres.jdbcUrl());
            properties.put("spring.datasource.username", postgres.applicationUsername());
            properties.put("spring.datasource.password", postgres.password());
            properties.put("spring.flyway.user", postgres.ownerUsername());
            properties.put("spring.flyway.password", postgres.password());
            properties.put("placementbroker.embedded-database.running", "true");
            properties.putIfAbsent(DEMO_DATA_PROPERTY, "true");
            // Someone trying the product reads the console: plain lines unless a log format is asked for.
            // Plain lines, and only the framework's warnings: what the product itself says stays readable.
            if (!StringUtils.hasText(environment.getProperty("LOG_FORMAT"))) {
                properties.put("logging.structured.format.console", "");
                for (String framework : List.of("org.springframework", "org.apache", "org.flywaydb", "com.zaxxer")) {
                    properties.putIfAbsent("logging.level." + framework, "WARN");
                }
            }
            // With nothing configured there is no mail server either: keep mail in the local mailbox.
            if (!StringUtils.hasText(environment.getProperty("MAIL_MODE"))) {
                properties.put("placementbroker.mail.mode", "local-mailbox");
            }
        }
        if (!properties.isEmpty()) {
            environment.getPropertySources().addFirst(new MapPropertySource("placementBrokerDatabase", properties));
        }
    }

    private static synchronized EmbeddedPostgresServer start(Path directory) {
        if (server == null) {
            server = EmbeddedPostgresServer.start(directory);
        }
        return server;
    }

    private static void putIfPresent(
            ConfigurableEnvironment environment, Map<String, Object> properties, String variable, String property) {
        String value = environment.getProperty(variable);
        if (value != null) {
            properties.put(property, value);
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
