package org.carebench.dashboard;

import com.vaadin.flow.component.page.AppShellConfigurator;
import java.util.Arrays;
import org.carebench.dashboard.cli.ExportCommand;
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
        if (args.length > 0 && args[0].equals("export")) {
            // Files for a scheduled board pack: only the services they need, no web server.
            System.exit(ExportCommand.run(Arrays.copyOfRange(args, 1, args.length)));
        }
        SpringApplication.run(CarebenchDashboardApplication.class, args);
    }
}
