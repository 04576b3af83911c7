package io.switchboard.escalation;

import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.platform.testing.OpenApiCoverage;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OpenApiDocumentTest {

    @Test
    void everyResourceMethodIsInTheOpenApiDocumentWithASummary() {
        OpenApiCoverage.assertComplete("io.switchboard.escalation");
    }
}
