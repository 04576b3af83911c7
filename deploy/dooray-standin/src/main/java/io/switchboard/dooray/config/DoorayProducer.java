package io.switchboard.dooray.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.switchboard.dooray.domain.ApiToken;
import io.switchboard.dooray.domain.Dooray;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.util.List;

/** Builds the in-memory Dooray from the seed file and the configured tokens. */
public class DoorayProducer {

    @Produces
    @ApplicationScoped
    Dooray dooray(StandinConfig config, ObjectMapper json) {
        List<ApiToken> extraTokens = config.tokens().values().stream()
                .map(t -> new ApiToken(t.value(), t.organization(), t.member())).toList();
        return new Dooray(readSeed(config, json).toSeed(extraTokens), Clock.systemUTC());
    }

    private static SeedFile readSeed(StandinConfig config, ObjectMapper json) {
        try (InputStream in = config.seedFile().isPresent() ? Files.newInputStream(config.seedFile().get())
                : DoorayProducer.class.getResourceAsStream("/seed.json")) {
            return json.readValue(in, SeedFile.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the seed " + config.seedFile().map(Object::toString).orElse("seed.json"), e);
        }
    }
}
