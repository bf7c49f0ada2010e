package dev.careerfit.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.careerfit.catalog.CareerCatalog;
import dev.careerfit.provider.document.DocumentProvider;

/**
 * Any provider document (docs/provider-document-format.md), opened through a catalog as a user's provider
 * would be, with every role read. In strict mode a bad document is a {@code ProviderLoadException}; otherwise
 * it is a provider failure the catalog reports.
 */
class ProviderDocumentFuzzTest {
    @FuzzTest(maxDuration = "10s")
    void providerDocument(FuzzedDataProvider data) {
        fuzzerTestOneInput(data);
    }

    /** The same target for Jazzer's standalone driver (the long run in docs/reliability.md). */
    public static void fuzzerTestOneInput(FuzzedDataProvider data) {
        boolean strict = data.consumeBoolean();
        String name = data.consumeBoolean() ? "roles.yaml" : "roles.json";
        byte[] content = data.consumeRemainingAsBytes();
        Outcome.resultOrExplained(() -> {
            // The fuzzer bounds each input's time itself; a worker thread per catalog was most of the time per input.
            CareerCatalog catalog = CareerCatalog.builder().discoverProviders(false).strict(strict)
                    .withoutProviderTimeout().addProvider(new DocumentProvider(Outcome.file(name, content))).build();
            catalog.roles().forEach(r -> catalog.requireRole(r.id().value()));
        });
    }
}
