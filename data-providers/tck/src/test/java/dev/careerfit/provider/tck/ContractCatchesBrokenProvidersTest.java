package dev.careerfit.provider.tck;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;

class ContractCatchesBrokenProvidersTest {

    @Test
    void aFactFromAnUndeclaredSourceFailsTheProvenanceAndStrictCatalogChecks() {
        EngineTestKit.engine("junit-jupiter").selectors(selectClass(UndeclaredSourceContractCase.class)).execute()
                .testEvents()
                .assertThatEvents()
                .haveExactly(1, event(test("everyStatisticCarriesProvenanceFromADeclaredSource"),
                        finishedWithFailure(message(m -> m.contains("declared sources [stub-office]")
                                && m.contains("<hidden>")))))
                .haveExactly(1, event(test("loadsIntoAStrictCatalogWithoutFailuresOrWarnings"),
                        finishedWithFailure(message(m -> m.contains("not among the provider's declared sources")))))
                .haveExactly(1, event(test("isDiscoverableWithServiceLoaderOrADocumentRegistration"),
                        finishedWithFailure()));
    }

    @Test
    void aWorkFactorWithoutQuestionsFailsTheKit() {
        EngineTestKit.engine("junit-jupiter").selectors(selectClass(UnmeasuredFactorContractCase.class)).execute()
                .testEvents()
                .assertThatEvents()
                .haveExactly(1, event(test("everyWorkFactorItAddsHasQuestions"),
                        finishedWithFailure(message(m -> m.contains("factor 'night-watch' that provider")
                                && m.contains("has no questions")))));
    }

    @Test
    void aFactorRatedTwiceFromOneSourceFailsTheKit() {
        EngineTestKit.engine("junit-jupiter").selectors(selectClass(RepeatedFactorContractCase.class)).execute()
                .testEvents()
                .assertThatEvents()
                .haveExactly(1, event(test("aRoleRatesEachFactorOnceFromEachSourceAndFraming"),
                        finishedWithFailure(message(m -> m.contains("pay as PRO from stub-office")))));
    }
}
