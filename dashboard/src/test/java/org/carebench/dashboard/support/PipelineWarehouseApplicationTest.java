package org.carebench.dashboard.support;

import java.net.URI;
import java.net.http.HttpRequest;
import org.carebench.dashboard.security.UserStore;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The running dashboard over a warehouse the real pipeline imported from DfE's files, with one user
 * per role in its application database. Subclasses share one application context, so the import and
 * the start-up happen once.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "vaadin.productionMode=true")
public abstract class PipelineWarehouseApplicationTest {

    @LocalServerPort
    protected int port;

    @Autowired
    protected UserStore users;

    @DynamicPropertySource
    static void warehouse(DynamicPropertyRegistry registry) {
        registry.add("carebench.warehouse", () -> PipelineWarehouse.directory().toString());
    }

    @BeforeEach
    void addTestUsers() {
        TestUser.ensureAll(users);
    }

    protected String url(String pathAndQuery) {
        return "http://localhost:" + port + pathAndQuery;
    }

    /** A request to this dashboard signed in with HTTP Basic as {@code user}. */
    protected HttpRequest.Builder request(String pathAndQuery, TestUser user) {
        return HttpRequest.newBuilder(URI.create(url(pathAndQuery))).header("Authorization", user.basic());
    }
}
