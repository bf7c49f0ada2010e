package dev.careerfit.provider.tck;

import dev.careerfit.Api;
import dev.careerfit.provenance.Source;
import dev.careerfit.provenance.SourceKind;
import dev.careerfit.provenance.Sourced;
import java.util.List;
import org.assertj.core.api.AbstractAssert;

/**
 * AssertJ assertions on a {@link Sourced} value and its provenance.
 *
 * @since 0.1
 */
@Api(Api.Status.STABLE)
public class SourcedAssert extends AbstractAssert<SourcedAssert, Sourced<?>> {

    protected SourcedAssert(Sourced<?> actual) {
        super(actual, SourcedAssert.class);
    }

    public SourcedAssert hasProvenanceFromOneOf(List<Source> sources) {
        isNotNull();
        if (actual.provenance() == null || !sources.contains(actual.provenance().source())) {
            failWithMessage("Expected the provenance of <%s> to name one of the declared sources %s but it names <%s>",
                    actual.value(), sources.stream().map(s -> s.id().value()).toList(),
                    actual.provenance() == null ? null : actual.provenance().source().id());
        }
        return this;
    }

    public SourcedAssert hasNoProviderIdOrIs(String providerId) {
        isNotNull();
        String stamped = actual.provenance().providerId() == null ? null : actual.provenance().providerId().value();
        if (stamped != null && !stamped.equals(providerId)) {
            failWithMessage("Expected <%s> to carry no provider id or '%s' but it carries '%s'", actual.value(),
                    providerId, stamped);
        }
        return this;
    }

    public SourcedAssert isPublishedBy(String publisher) {
        isNotNull();
        if (!actual.provenance().source().publisher().equals(publisher)) {
            failWithMessage("Expected <%s> to be published by <%s> but it was published by <%s>", actual.value(),
                    publisher, actual.provenance().source().publisher());
        }
        return this;
    }

    public SourcedAssert isFromSourceKind(SourceKind kind) {
        isNotNull();
        if (actual.provenance().source().kind() != kind) {
            failWithMessage("Expected <%s> to come from a source of kind %s but it came from %s", actual.value(), kind,
                    actual.provenance().source().kind());
        }
        return this;
    }

    public SourcedAssert isCitedIn(String document) {
        isNotNull();
        if (!document.equals(actual.provenance().citedIn())) {
            failWithMessage("Expected <%s> to be cited in <%s> but it was cited in <%s>", actual.value(), document,
                    actual.provenance().citedIn());
        }
        return this;
    }
}
