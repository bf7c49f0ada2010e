package dev.careerfit.catalog;

import dev.careerfit.education.CareerPath;
import dev.careerfit.education.EducationDistribution;
import dev.careerfit.education.EducationRequirement;
import dev.careerfit.education.JobZone;
import dev.careerfit.factor.FactorExposure;
import dev.careerfit.factor.FactorId;
import dev.careerfit.market.IndustryShare;
import dev.careerfit.market.OutlookFigure;
import dev.careerfit.market.SalaryBand;
import dev.careerfit.market.SatisfactionRate;
import dev.careerfit.market.WorkforceShare;
import dev.careerfit.provenance.Sourced;
import dev.careerfit.role.Certification;
import dev.careerfit.role.FaqEntry;
import dev.careerfit.role.InterestProfile;
import dev.careerfit.role.Misconception;
import dev.careerfit.role.OccupationCode;
import dev.careerfit.role.RelatedRole;
import dev.careerfit.role.RoleId;
import dev.careerfit.role.SkillId;
import dev.careerfit.role.SkillRequirement;
import dev.careerfit.role.Task;
import dev.careerfit.role.Tool;
import dev.careerfit.role.WorkValueProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Everything the catalog knows about one role, merged from every provider. Facts that sources can
 * disagree on come in {@link FactGroup}s (every value kept, the chosen one first); lists of
 * statements (tasks, misconceptions, questions) are the union of all providers', each value with its
 * provenance. Immutable.
 *
 * @param id                     the role
 * @param title                  display title, from the highest-ordered provider that defines the role
 * @param summary                what the role is, or {@code null}
 * @param alternateTitles        other titles, from every provider
 * @param codes                  codes in external classifications
 * @param tasks                  what people in the role do
 * @param relatedRoles           neighbouring roles
 * @param skills                 skills needed, one group per skill
 * @param tools                  tools and technologies used
 * @param salaries               pay, one group per place and currency
 * @param industries             industries employing the role, one group per industry
 * @param outlook                outlook figures, one group per measure and period
 * @param outlookStatements      qualitative outlook statements
 * @param education              education needed to enter, and education that helps
 * @param educationDistributions education levels of workers
 * @param jobZones               O*NET job zone
 * @param careerPaths            routes into the role
 * @param certifications         relevant certifications
 * @param satisfaction           job satisfaction
 * @param workforce              representation of groups
 * @param factors                work factors, one group per factor
 * @param interests              occupational interest profile
 * @param workValues             work value profile
 * @param misconceptions         common misconceptions
 * @param faqs                   frequently asked questions
 * @param tips                   practical advice
 * @param providers              ids of the providers that contributed, in provider order
 * @since 0.1
 */
public record CareerRole(RoleId id, String title, String summary, List<String> alternateTitles,
                         List<OccupationCode> codes, List<Sourced<Task>> tasks, List<RelatedRole> relatedRoles,
                         List<FactGroup<SkillRequirement>> skills, List<Sourced<Tool>> tools,
                         List<FactGroup<SalaryBand>> salaries, List<FactGroup<IndustryShare>> industries,
                         List<FactGroup<OutlookFigure>> outlook, List<Sourced<String>> outlookStatements,
                         List<FactGroup<EducationRequirement>> education,
                         List<FactGroup<EducationDistribution>> educationDistributions,
                         List<FactGroup<JobZone>> jobZones, List<Sourced<CareerPath>> careerPaths,
                         List<Sourced<Certification>> certifications, List<FactGroup<SatisfactionRate>> satisfaction,
                         List<FactGroup<WorkforceShare>> workforce, List<FactGroup<FactorExposure>> factors,
                         List<FactGroup<InterestProfile>> interests, List<FactGroup<WorkValueProfile>> workValues,
                         List<Sourced<Misconception>> misconceptions, List<Sourced<FaqEntry>> faqs,
                         List<Sourced<String>> tips, List<String> providers) {

    public CareerRole {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        alternateTitles = List.copyOf(alternateTitles);
        codes = List.copyOf(codes);
        tasks = List.copyOf(tasks);
        relatedRoles = List.copyOf(relatedRoles);
        skills = List.copyOf(skills);
        tools = List.copyOf(tools);
        salaries = List.copyOf(salaries);
        industries = List.copyOf(industries);
        outlook = List.copyOf(outlook);
        outlookStatements = List.copyOf(outlookStatements);
        education = List.copyOf(education);
        educationDistributions = List.copyOf(educationDistributions);
        jobZones = List.copyOf(jobZones);
        careerPaths = List.copyOf(careerPaths);
        certifications = List.copyOf(certifications);
        satisfaction = List.copyOf(satisfaction);
        workforce = List.copyOf(workforce);
        factors = List.copyOf(factors);
        interests = List.copyOf(interests);
        workValues = List.copyOf(workValues);
        misconceptions = List.copyOf(misconceptions);
        faqs = List.copyOf(faqs);
        tips = List.copyOf(tips);
        providers = List.copyOf(providers);
    }

    /** The group of values for one work factor, if any source rates it. */
    public Optional<FactGroup<FactorExposure>> factor(FactorId factor) {
        return factors.stream().filter(g -> g.value().factor().equals(factor)).findFirst();
    }

    /** The group of values for one skill, if the role needs it. */
    public Optional<FactGroup<SkillRequirement>> skill(SkillId skill) {
        return skills.stream().filter(g -> g.value().skill().id().equals(skill)).findFirst();
    }

    /** Salary groups whose place matches {@code query} (a city, state or country code; case-insensitive). */
    public List<FactGroup<SalaryBand>> salariesAt(String query) {
        return salaries.stream().filter(g -> g.value().location().matches(query)).toList();
    }

    /** The group of values for one industry, if any source names it. */
    public Optional<FactGroup<IndustryShare>> industry(String name) {
        return industries.stream().filter(g -> g.value().industry().equalsIgnoreCase(name)).findFirst();
    }

    /** Every fact group of this role, of every kind. */
    public List<FactGroup<?>> allGroups() {
        List<FactGroup<?>> all = new ArrayList<>();
        Stream.of(skills, salaries, industries, outlook, education, educationDistributions, jobZones, satisfaction,
                workforce, factors, interests, workValues).forEach(all::addAll);
        return all;
    }

    /** The groups where sources disagree. */
    public List<Conflict> conflicts() {
        return allGroups().stream().filter(FactGroup::disputed).map(g -> new Conflict(id, g)).toList();
    }
}
