package org.carebench.pipeline.fetch;

import java.net.URI;
import org.springframework.core.env.Environment;

/**
 * Where Explore Education Statistics answers and which publication to follow. Read from the
 * environment (system properties, environment variables, or Spring's properties in {@code schedule}),
 * so that {@code fetch} can ask before anything else starts.
 */
public record FetchSettings(URI apiUrl, URI contentUrl, String publication) {

    public static final String API_URL = "carebench.fetch.api-url";
    public static final String CONTENT_URL = "carebench.fetch.content-url";
    public static final String PUBLICATION = "carebench.fetch.publication";
    public static final String ENABLED = "carebench.fetch.enabled";

    static final String DEFAULT_API_URL = "https://api.education.gov.uk/statistics/v1/";
    static final String DEFAULT_CONTENT_URL = "https://content.explore-education-statistics.service.gov.uk/api/";
    static final String DEFAULT_PUBLICATION = "children-looked-after-in-england-including-adoptions";

    public static FetchSettings from(Environment environment) {
        return new FetchSettings(
                folder(environment.getProperty(API_URL, DEFAULT_API_URL)),
                folder(environment.getProperty(CONTENT_URL, DEFAULT_CONTENT_URL)),
                environment.getProperty(PUBLICATION, DEFAULT_PUBLICATION));
    }

    /** A base address always ends in '/', so relative routes resolve beneath it rather than beside it. */
    private static URI folder(String address) {
        return URI.create(address.endsWith("/") ? address : address + "/");
    }
}
