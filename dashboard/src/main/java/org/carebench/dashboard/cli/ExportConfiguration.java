package org.carebench.dashboard.cli;

import org.carebench.dashboard.appdata.EmbeddedAppDatabase;
import org.carebench.dashboard.audit.AuditLog;
import org.carebench.dashboard.board.BoardService;
import org.carebench.dashboard.catalogue.CatalogueService;
import org.carebench.dashboard.commentary.AudienceChoice;
import org.carebench.dashboard.commentary.CommentaryService;
import org.carebench.dashboard.comparison.ComparisonService;
import org.carebench.dashboard.figures.FigureQueries;
import org.carebench.dashboard.pack.PackService;
import org.carebench.dashboard.report.ReportService;
import org.carebench.dashboard.scorecard.ScorecardService;
import org.carebench.dashboard.warehouse.Warehouse;
import org.carebench.dashboard.warehouse.WarehouseProperties;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;
import org.springframework.web.bind.annotation.RestController;

/**
 * The services an export needs and nothing else: no web server, no Vaadin, no API controllers, no
 * sign-in. The same beans the pages use, so a file from the command line holds what the page shows;
 * the application database too, for the boards' saved lists, commentary and the reports produced.
 */
@Configuration
@EnableConfigurationProperties({WarehouseProperties.class, DataSourceProperties.class})
@ImportAutoConfiguration(FlywayAutoConfiguration.class)
@ComponentScan(
        basePackageClasses = {
            Warehouse.class,
            FigureQueries.class,
            ScorecardService.class,
            ComparisonService.class,
            PackService.class,
            ReportService.class,
            CatalogueService.class,
            CommentaryService.class,
            BoardService.class,
            AuditLog.class,
            EmbeddedAppDatabase.class
        },
        excludeFilters = {
            @ComponentScan.Filter(RestController.class),
            // Who is signed in decides a page's audience; the command line has its --audience option.
            @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE, classes = AudienceChoice.class),
            @ComponentScan.Filter(type = FilterType.REGEX, pattern = ".*\\.ui\\..*")
        })
class ExportConfiguration {}
