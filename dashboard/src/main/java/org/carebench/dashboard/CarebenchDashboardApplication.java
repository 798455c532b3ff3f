package org.carebench.dashboard;

import com.vaadin.flow.component.page.AppShellConfigurator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The Carebench dashboard: comparisons of children's social care indicators, read from the current
 * warehouse snapshot that the pipeline publishes.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CarebenchDashboardApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(CarebenchDashboardApplication.class, args);
    }
}
