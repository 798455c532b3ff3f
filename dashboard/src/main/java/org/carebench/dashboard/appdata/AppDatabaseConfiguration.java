package org.carebench.dashboard.appdata;

import com.zaxxer.hikari.HikariDataSource;
import org.carebench.dashboard.warehouse.WarehouseProperties;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/**
 * The application's own database (users, audit), never a warehouse snapshot: those stay read-only
 * and replaceable, and the warehouse opens its DuckDB files itself. Without {@code spring.datasource.url}
 * it is an embedded H2 file in the warehouse folder, created on first start.
 */
@Configuration(proxyBeanMethods = false)
class AppDatabaseConfiguration {

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(DataSourceProperties properties, WarehouseProperties warehouse) {
        if (!StringUtils.hasText(properties.getUrl())) {
            properties.setUrl(EmbeddedAppDatabase.url(warehouse.warehouse()));
        }
        return properties
                .initializeDataSourceBuilder()
                .type(HikariDataSource.class)
                .build();
    }
}
