package org.carebench.dashboard.cli;

import org.carebench.dashboard.comparison.ComparisonService;
import org.carebench.dashboard.figures.FigureQueries;
import org.carebench.dashboard.pack.PackService;
import org.carebench.dashboard.report.ReportService;
import org.carebench.dashboard.scorecard.ScorecardService;
import org.carebench.dashboard.warehouse.Warehouse;
import org.carebench.dashboard.warehouse.WarehouseProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;
import org.springframework.web.bind.annotation.RestController;

/**
 * The services an export needs and nothing else: no web server, no Vaadin, no API controllers. The
 * same beans the pages use, so a file from the command line holds what the page shows.
 */
@Configuration
@EnableConfigurationProperties(WarehouseProperties.class)
@ComponentScan(
        basePackageClasses = {
            Warehouse.class,
            FigureQueries.class,
            ScorecardService.class,
            ComparisonService.class,
            PackService.class,
            ReportService.class
        },
        excludeFilters = {
            @ComponentScan.Filter(RestController.class),
            @ComponentScan.Filter(type = FilterType.REGEX, pattern = ".*\\.ui\\..*")
        })
class ExportConfiguration {}
