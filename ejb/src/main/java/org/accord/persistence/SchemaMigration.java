package org.accord.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Brings the schema to the current version before the application serves anything. Demo countries
 * are loaded unless {@code ACCORD_DEMO_DATA=false} (production).
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = "java:jboss/datasources/AccordDS")
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        boolean demoData = !"false".equalsIgnoreCase(System.getenv().getOrDefault("ACCORD_DEMO_DATA", "true"));
        var result = Migrations.flyway(dataSource, demoData).migrate();
        LOG.info(() -> "Schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations applied, demo data " + (demoData ? "on" : "off") + ")");
    }
}
