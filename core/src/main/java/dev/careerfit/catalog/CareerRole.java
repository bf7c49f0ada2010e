package dev.careerfit.catalog;

import dev.careerfit.Api;
import dev.careerfit.fact.FactKind;
import dev.careerfit.fact.FactKinds;
import dev.careerfit.factor.FactorExposure;
import dev.careerfit.factor.FactorId;
import dev.careerfit.market.IndustryShare;
import dev.careerfit.market.SalaryBand;
import dev.careerfit.provenance.Sourced;
import dev.careerfit.role.OccupationCode;
import dev.careerfit.role.RelatedRole;
import dev.careerfit.role.RoleId;
import dev.careerfit.role.SkillId;
import dev.careerfit.role.SkillRequirement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the catalog knows about one role, merged from every provider. Facts come in
 * {@link FactGroup}s by {@link FactKind}: every value kept, the chosen one first. Immutable.
 *
 * <pre>{@code
 * CareerRole role = catalog.requireRole("15-2051.00");
 * for (FactGroup<SalaryBand> pay : role.groups(FactKinds.SALARY)) {
 *     System.out.println(pay.subject() + ": " + pay.text() + " (" + pay.chosen().provenance().describe() + ")");
 * }
 * }</pre>
 *
 * @since 0.1
 */
@Api(Api.Status.STABLE)
public final class CareerRole {
    private final RoleId id;
    private final String title;
    private final String summary;
    private final List<String> alternateTitles;
    private final List<OccupationCode> codes;
    private final List<RelatedRole> relatedRoles;
    private final List<String> providers;
    private final List<FactGroup<?>>[] groupsByKind;
    private final List<RoleLink> links;
    private final List<Conflict> linkedConflicts;

    /**
     * @param id              the role
     * @param title           display title, from the highest-ordered provider that defines the role
     * @param summary         what the role is, or {@code null}
     * @param alternateTitles other titles, from every provider
     * @param codes           codes in external classifications
     * @param relatedRoles    neighbouring roles
     * @param providers       ids of the providers that contributed, in provider order
     * @param groups          every fact group, of every kind
     * @param links           occupations this role is linked to
     * @param linkedConflicts where the role's figures differ from its linked occupations'
     */
    public CareerRole(RoleId id, String title, String summary, List<String> alternateTitles, List<OccupationCode> codes,
                      List<RelatedRole> relatedRoles, List<String> providers, List<FactGroup<?>> groups,
                      List<RoleLink> links, List<Conflict> linkedConflicts) {
        this.id = Objects.requireNonNull(id, "id");
        this.title = Objects.requireNonNull(title, "title");
        this.summary = summary;
        this.alternateTitles = List.copyOf(alternateTitles);
        this.codes = List.copyOf(codes);
        this.relatedRoles = List.copyOf(relatedRoles);
        this.providers = List.copyOf(providers);
        this.links = List.copyOf(links);
        this.linkedConflicts = List.copyOf(linkedConflicts);
        @SuppressWarnings("unchecked")
        List<FactGroup<?>>[] byKind = new List[FactKinds.all().size()];
        List<List<FactGroup<?>>> sorting = new ArrayList<>(byKind.length);
        for (int i = 0; i < byKind.length; i++) {
            sorting.add(new ArrayList<>());
        }
        for (FactGroup<?> g : groups) {
            sorting.get(g.kind().ordinal()).add(g);
        }
        for (int i = 0; i < byKind.length; i++) {
            byKind[i] = List.copyOf(sorting.get(i));
        }
        this.groupsByKind = byKind;
    }

    public RoleId id() {
        return id;
    }

    public String title() {
        return title;
    }

    /** What the role is, or {@code null}. */
    public String summary() {
        return summary;
    }

    public List<String> alternateTitles() {
        return alternateTitles;
    }

    public List<OccupationCode> codes() {
        return codes;
    }

    /**
     * Whether the role is the occupation of one of its own codes (O*NET's {@code 15-2051.00} is O*NET-SOC
     * {@code 15-2051.00}). Other roles, coded or not, are {@linkplain #links() linked} to occupations.
     */
    public boolean isOccupation() {
        return codes.stream().anyMatch(c -> c.code().equals(id.value()));
    }

    public List<RelatedRole> relatedRoles() {
        return relatedRoles;
    }

    /** Ids of the providers that contributed, in provider order. */
    public List<String> providers() {
        return providers;
    }

    /** The groups of one kind of fact, one per topic, in the order providers gave them. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> List<FactGroup<T>> groups(FactKind<T> kind) {
        return (List) groupsByKind[kind.ordinal()];
    }

    /** The group of one kind about one topic, e.g. the salary group with topic {@code US//:USD}. */
    public <T> Optional<FactGroup<T>> group(FactKind<T> kind, String topic) {
        return groups(kind).stream().filter(g -> g.topic().equals(topic)).findFirst();
    }

    /** Every value of one kind, chosen ones and alternatives, group by group. */
    public <T> List<Sourced<T>> facts(FactKind<T> kind) {
        return groups(kind).stream().flatMap(g -> g.values().stream()).toList();
    }

    /** Every fact group of this role, of every kind, in {@link FactKinds#all()} order. */
    public List<FactGroup<?>> allGroups() {
        List<FactGroup<?>> all = new ArrayList<>();
        for (List<FactGroup<?>> l : groupsByKind) {
            all.addAll(l);
        }
        return all;
    }

    /** The group of values for one work factor, if any source rates it. */
    public Optional<FactGroup<FactorExposure>> factor(FactorId factor) {
        return group(FactKinds.FACTOR, factor.value());
    }

    /** The group of values for one skill the sources name, if the role needs it. */
    public Optional<FactGroup<SkillRequirement>> skill(SkillId skill) {
        return group(FactKinds.SKILL, skill.value());
    }

    /** Salary groups whose place matches {@code query} (a city, state or country code; case-insensitive). */
    public List<FactGroup<SalaryBand>> salariesAt(String query) {
        return groups(FactKinds.SALARY).stream().filter(g -> g.value().location().matches(query)).toList();
    }

    /** The group giving an industry's share of the role's jobs, if any source gives one. */
    public Optional<FactGroup<IndustryShare>> industry(String name) {
        return groups(FactKinds.INDUSTRY).stream()
                .filter(g -> g.value().percent() != null && g.value().industry().equalsIgnoreCase(name)).findFirst();
    }

    /** Occupations this role is linked to (or roles linked to this occupation), with the evidence. */
    public List<RoleLink> links() {
        return links;
    }

    /** The disagreements among this role's own sources, then those with its linked occupations. */
    public List<Conflict> conflicts() {
        List<Conflict> all = new ArrayList<>();
        for (FactGroup<?> g : allGroups()) {
            if (g.disputed()) {
                all.add(new Conflict(id, g));
            }
        }
        all.addAll(linkedConflicts);
        return all;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CareerRole r && r.id.equals(id) && r.title.equals(title)
                && Objects.equals(r.summary, summary) && r.alternateTitles.equals(alternateTitles)
                && r.codes.equals(codes) && r.relatedRoles.equals(relatedRoles) && r.providers.equals(providers)
                && r.allGroups().equals(allGroups()) && r.links.equals(links)
                && r.linkedConflicts.equals(linkedConflicts);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, title, providers);
    }

    @Override
    public String toString() {
        return "CareerRole[" + id + " " + title + ", " + allGroups().size() + " fact groups from " + providers + "]";
    }
}
