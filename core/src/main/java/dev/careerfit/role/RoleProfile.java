package dev.careerfit.role;

import dev.careerfit.Api;
import dev.careerfit.fact.FactKind;
import dev.careerfit.fact.Facts;
import dev.careerfit.internal.Checks;
import dev.careerfit.provenance.Provenance;
import dev.careerfit.provenance.Sourced;
import java.util.ArrayList;
import java.util.List;

/**
 * What one provider says about one role. A provider that defines a role gives its title; a provider
 * that only adds figures to a role defined elsewhere (a salary for another city, say) leaves the
 * title {@code null}. The {@link dev.careerfit.catalog.CareerCatalog catalog} merges the profiles of
 * every provider into one {@link dev.careerfit.catalog.CareerRole CareerRole}, keeping every value.
 *
 * <p>Every fact is {@link Sourced}: it carries its provenance. Facts are held by
 * {@link dev.careerfit.fact.FactKind kind}; {@code facts(FactKinds.SALARY)} gives the salaries.
 *
 * @param id              the role
 * @param title           display title, or {@code null} when this profile only adds facts
 * @param summary         what the role is, in a few sentences, or {@code null}
 * @param alternateTitles other titles the role goes by
 * @param codes           codes in external classifications (O*NET-SOC, SOC, ISCO...)
 * @param relatedRoles    neighbouring roles
 * @param facts           the sourced facts, by kind
 * @since 0.1
 */
@Api(Api.Status.STABLE)
public record RoleProfile(RoleId id, String title, String summary, List<String> alternateTitles,
                          List<OccupationCode> codes, List<RelatedRole> relatedRoles, Facts facts) {
    public RoleProfile {
        Checks.notNull(id, "id");
        title = Checks.optionalText(title);
        summary = Checks.optionalText(summary);
        alternateTitles = Checks.list(alternateTitles, "alternateTitles");
        codes = Checks.list(codes, "codes");
        relatedRoles = Checks.list(relatedRoles, "relatedRoles");
        facts = facts == null ? Facts.empty() : facts;
    }

    /** The facts of one kind. */
    public <T> List<Sourced<T>> facts(FactKind<T> kind) {
        return facts.of(kind);
    }

    /** Whether this profile defines the role (has a title) rather than only adding facts to it. */
    public boolean definesRole() {
        return title != null;
    }

    /** A builder for a profile of {@code id}. */
    public static Builder builder(RoleId id) {
        return new Builder(id);
    }

    /** A builder for a profile of the role with id {@code id}. */
    public static Builder builder(String id) {
        return new Builder(RoleId.of(id));
    }

    /** A builder that starts from this profile. */
    public Builder toBuilder() {
        Builder b = new Builder(id).title(title).summary(summary);
        b.alternateTitles.addAll(alternateTitles);
        b.codes.addAll(codes);
        b.relatedRoles.addAll(relatedRoles);
        b.facts.addAll(facts);
        return b;
    }

    /** Builds a {@link RoleProfile}. Not thread-safe. */
    @Api(Api.Status.STABLE)
    public static final class Builder {
        private final RoleId id;
        private String title;
        private String summary;
        private final List<String> alternateTitles = new ArrayList<>();
        private final List<OccupationCode> codes = new ArrayList<>();
        private final List<RelatedRole> relatedRoles = new ArrayList<>();
        private final Facts.Builder facts = Facts.builder();

        private Builder(RoleId id) {
            this.id = Checks.notNull(id, "id");
        }

        public Builder title(String value) {
            this.title = value;
            return this;
        }

        public Builder summary(String value) {
            this.summary = value;
            return this;
        }

        public Builder alternateTitle(String value) {
            alternateTitles.add(value);
            return this;
        }

        public Builder code(OccupationCode value) {
            codes.add(value);
            return this;
        }

        public Builder relatedRole(RelatedRole value) {
            relatedRoles.add(value);
            return this;
        }

        /** Adds a fact of {@code kind}, e.g. {@code add(FactKinds.SALARY, Sourced.of(band, provenance))}. */
        public <T> Builder add(FactKind<T> kind, Sourced<T> fact) {
            facts.add(kind, fact);
            return this;
        }

        /** Adds a fact of {@code kind} from its value and provenance. */
        public <T> Builder add(FactKind<T> kind, T value, Provenance provenance) {
            facts.add(kind, value, provenance);
            return this;
        }

        /** Adds every fact of {@code more}. */
        public Builder addAll(Facts more) {
            facts.addAll(more);
            return this;
        }

        public RoleProfile build() {
            return new RoleProfile(id, title, summary, alternateTitles, codes, relatedRoles, facts.build());
        }
    }
}
