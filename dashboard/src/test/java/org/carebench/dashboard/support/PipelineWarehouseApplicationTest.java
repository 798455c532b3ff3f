package org.carebench.dashboard.support;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The running dashboard over a warehouse the real pipeline imported from DfE's files. Subclasses
 * share one application context, so the import and the start-up happen once.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "vaadin.productionMode=true")
public abstract class PipelineWarehouseApplicationTest {

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void warehouse(DynamicPropertyRegistry registry) {
        registry.add("carebench.warehouse", () -> PipelineWarehouse.directory().toString());
    }

    protected String url(String pathAndQuery) {
        return "http://localhost:" + port + pathAndQuery;
    }
}
