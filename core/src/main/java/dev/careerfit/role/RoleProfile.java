package dev.careerfit.role;

import dev.careerfit.education.CareerPath;
import dev.careerfit.education.EducationDistribution;
import dev.careerfit.education.EducationRequirement;
import dev.careerfit.education.JobZone;
import dev.careerfit.factor.FactorExposure;
import dev.careerfit.internal.Checks;
import dev.careerfit.market.IndustryShare;
import dev.careerfit.market.OutlookFigure;
import dev.careerfit.market.SalaryBand;
import dev.careerfit.market.SatisfactionRate;
import dev.careerfit.market.WorkforceShare;
import dev.careerfit.provenance.Sourced;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one provider says about one role. A provider that defines a role gives its title; a provider
 * that only adds figures to a role defined elsewhere (a salary for another city, say) leaves the
 * title {@code null}. The {@link dev.careerfit.catalog.CareerCatalog catalog} merges the profiles of
 * every provider into one {@link dev.careerfit.catalog.CareerRole CareerRole}, keeping every value.
 *
 * <p>Every fact is {@link Sourced}: it carries its provenance. Lists are never {@code null}.
 *
 * @param id                     the role
 * @param title                  display title, or {@code null} when this profile only adds facts
 * @param summary                what the role is, in a few sentences, or {@code null}
 * @param alternateTitles        other titles the role goes by
 * @param codes                  codes in external classifications (O*NET-SOC, ISCO...)
 * @param tasks                  what people in the role do
 * @param relatedRoles           neighbouring roles
 * @param skills                 skills and the proficiency needed
 * @param tools                  tools, libraries and technologies used
 * @param salaries               pay, by place and period
 * @param industries             industries employing the role, with their share of jobs
 * @param outlook                job outlook figures
 * @param outlookStatements      qualitative outlook statements (e.g. a report expects strong growth)
 * @param education              education a source says the role needs
 * @param educationDistributions distribution of education levels among workers (O*NET)
 * @param jobZones               O*NET job zone
 * @param careerPaths            routes into the role, step by step
 * @param certifications         relevant certifications
 * @param satisfaction           job satisfaction
 * @param workforce              representation of groups, e.g. women
 * @param factors                how strongly the role exhibits each work factor, and how sources frame it
 * @param interests              occupational interest ratings (O*NET RIASEC)
 * @param workValues             work value ratings (O*NET)
 * @param misconceptions         common misconceptions and the reality
 * @param faqs                   frequently asked questions
 * @param tips                   practical advice for people heading into the role
 * @since 0.1
 */
public record RoleProfile(RoleId id,
                          String title,
                          String summary,
                          List<String> alternateTitles,
                          List<OccupationCode> codes,
                          List<Sourced<Task>> tasks,
                          List<RelatedRole> relatedRoles,
                          List<Sourced<SkillRequirement>> skills,
                          List<Sourced<Tool>> tools,
                          List<Sourced<SalaryBand>> salaries,
                          List<Sourced<IndustryShare>> industries,
                          List<Sourced<OutlookFigure>> outlook,
                          List<Sourced<String>> outlookStatements,
                          List<Sourced<EducationRequirement>> education,
                          List<Sourced<EducationDistribution>> educationDistributions,
                          List<Sourced<JobZone>> jobZones,
                          List<Sourced<CareerPath>> careerPaths,
                          List<Sourced<Certification>> certifications,
                          List<Sourced<SatisfactionRate>> satisfaction,
                          List<Sourced<WorkforceShare>> workforce,
                          List<Sourced<FactorExposure>> factors,
                          List<Sourced<InterestProfile>> interests,
                          List<Sourced<WorkValueProfile>> workValues,
                          List<Sourced<Misconception>> misconceptions,
                          List<Sourced<FaqEntry>> faqs,
                          List<Sourced<String>> tips) {
    public RoleProfile {
        Checks.notNull(id, "id");
        title = Checks.optionalText(title);
        summary = Checks.optionalText(summary);
        alternateTitles = Checks.list(alternateTitles, "alternateTitles");
        codes = Checks.list(codes, "codes");
        tasks = Checks.list(tasks, "tasks");
        relatedRoles = Checks.list(relatedRoles, "relatedRoles");
        skills = Checks.list(skills, "skills");
        tools = Checks.list(tools, "tools");
        salaries = Checks.list(salaries, "salaries");
        industries = Checks.list(industries, "industries");
        outlook = Checks.list(outlook, "outlook");
        outlookStatements = Checks.list(outlookStatements, "outlookStatements");
        education = Checks.list(education, "education");
        educationDistributions = Checks.list(educationDistributions, "educationDistributions");
        jobZones = Checks.list(jobZones, "jobZones");
        careerPaths = Checks.list(careerPaths, "careerPaths");
        certifications = Checks.list(certifications, "certifications");
        satisfaction = Checks.list(satisfaction, "satisfaction");
        workforce = Checks.list(workforce, "workforce");
        factors = Checks.list(factors, "factors");
        interests = Checks.list(interests, "interests");
        workValues = Checks.list(workValues, "workValues");
        misconceptions = Checks.list(misconceptions, "misconceptions");
        faqs = Checks.list(faqs, "faqs");
        tips = Checks.list(tips, "tips");
    }

    /**
     * Every sourced fact of this profile by the name of the list that holds it ({@code salaries},
     * {@code factors}...), in declaration order: for checks that apply to every fact whatever its kind.
     */
    public Map<String, List<? extends Sourced<?>>> factsByField() {
        Map<String, List<? extends Sourced<?>>> m = new LinkedHashMap<>();
        m.put("tasks", tasks);
        m.put("skills", skills);
        m.put("tools", tools);
        m.put("salaries", salaries);
        m.put("industries", industries);
        m.put("outlook", outlook);
        m.put("outlookStatements", outlookStatements);
        m.put("education", education);
        m.put("educationDistributions", educationDistributions);
        m.put("jobZones", jobZones);
        m.put("careerPaths", careerPaths);
        m.put("certifications", certifications);
        m.put("satisfaction", satisfaction);
        m.put("workforce", workforce);
        m.put("factors", factors);
        m.put("interests", interests);
        m.put("workValues", workValues);
        m.put("misconceptions", misconceptions);
        m.put("faqs", faqs);
        m.put("tips", tips);
        return Collections.unmodifiableMap(m);
    }

    /** Every sourced fact of this profile, whatever its kind. */
    public List<Sourced<?>> facts() {
        List<Sourced<?>> all = new ArrayList<>();
        factsByField().values().forEach(all::addAll);
        return all;
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
        b.tasks.addAll(tasks);
        b.relatedRoles.addAll(relatedRoles);
        b.skills.addAll(skills);
        b.tools.addAll(tools);
        b.salaries.addAll(salaries);
        b.industries.addAll(industries);
        b.outlook.addAll(outlook);
        b.outlookStatements.addAll(outlookStatements);
        b.education.addAll(education);
        b.educationDistributions.addAll(educationDistributions);
        b.jobZones.addAll(jobZones);
        b.careerPaths.addAll(careerPaths);
        b.certifications.addAll(certifications);
        b.satisfaction.addAll(satisfaction);
        b.workforce.addAll(workforce);
        b.factors.addAll(factors);
        b.interests.addAll(interests);
        b.workValues.addAll(workValues);
        b.misconceptions.addAll(misconceptions);
        b.faqs.addAll(faqs);
        b.tips.addAll(tips);
        return b;
    }

    /** Builds a {@link RoleProfile}. Not thread-safe. */
    public static final class Builder {
        private final RoleId id;
        private String title;
        private String summary;
        private final List<String> alternateTitles = new ArrayList<>();
        private final List<OccupationCode> codes = new ArrayList<>();
        private final List<Sourced<Task>> tasks = new ArrayList<>();
        private final List<RelatedRole> relatedRoles = new ArrayList<>();
        private final List<Sourced<SkillRequirement>> skills = new ArrayList<>();
        private final List<Sourced<Tool>> tools = new ArrayList<>();
        private final List<Sourced<SalaryBand>> salaries = new ArrayList<>();
        private final List<Sourced<IndustryShare>> industries = new ArrayList<>();
        private final List<Sourced<OutlookFigure>> outlook = new ArrayList<>();
        private final List<Sourced<String>> outlookStatements = new ArrayList<>();
        private final List<Sourced<EducationRequirement>> education = new ArrayList<>();
        private final List<Sourced<EducationDistribution>> educationDistributions = new ArrayList<>();
        private final List<Sourced<JobZone>> jobZones = new ArrayList<>();
        private final List<Sourced<CareerPath>> careerPaths = new ArrayList<>();
        private final List<Sourced<Certification>> certifications = new ArrayList<>();
        private final List<Sourced<SatisfactionRate>> satisfaction = new ArrayList<>();
        private final List<Sourced<WorkforceShare>> workforce = new ArrayList<>();
        private final List<Sourced<FactorExposure>> factors = new ArrayList<>();
        private final List<Sourced<InterestProfile>> interests = new ArrayList<>();
        private final List<Sourced<WorkValueProfile>> workValues = new ArrayList<>();
        private final List<Sourced<Misconception>> misconceptions = new ArrayList<>();
        private final List<Sourced<FaqEntry>> faqs = new ArrayList<>();
        private final List<Sourced<String>> tips = new ArrayList<>();

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

        public Builder task(Sourced<Task> value) {
            tasks.add(value);
            return this;
        }

        public Builder relatedRole(RelatedRole value) {
            relatedRoles.add(value);
            return this;
        }

        public Builder skill(Sourced<SkillRequirement> value) {
            skills.add(value);
            return this;
        }

        public Builder tool(Sourced<Tool> value) {
            tools.add(value);
            return this;
        }

        public Builder salary(Sourced<SalaryBand> value) {
            salaries.add(value);
            return this;
        }

        public Builder industry(Sourced<IndustryShare> value) {
            industries.add(value);
            return this;
        }

        public Builder outlook(Sourced<OutlookFigure> value) {
            outlook.add(value);
            return this;
        }

        public Builder outlookStatement(Sourced<String> value) {
            outlookStatements.add(value);
            return this;
        }

        public Builder education(Sourced<EducationRequirement> value) {
            education.add(value);
            return this;
        }

        public Builder educationDistribution(Sourced<EducationDistribution> value) {
            educationDistributions.add(value);
            return this;
        }

        public Builder jobZone(Sourced<JobZone> value) {
            jobZones.add(value);
            return this;
        }

        public Builder careerPath(Sourced<CareerPath> value) {
            careerPaths.add(value);
            return this;
        }

        public Builder certification(Sourced<Certification> value) {
            certifications.add(value);
            return this;
        }

        public Builder satisfaction(Sourced<SatisfactionRate> value) {
            satisfaction.add(value);
            return this;
        }

        public Builder workforce(Sourced<WorkforceShare> value) {
            workforce.add(value);
            return this;
        }

        public Builder factor(Sourced<FactorExposure> value) {
            factors.add(value);
            return this;
        }

        public Builder interests(Sourced<InterestProfile> value) {
            interests.add(value);
            return this;
        }

        public Builder workValues(Sourced<WorkValueProfile> value) {
            workValues.add(value);
            return this;
        }

        public Builder misconception(Sourced<Misconception> value) {
            misconceptions.add(value);
            return this;
        }

        public Builder faq(Sourced<FaqEntry> value) {
            faqs.add(value);
            return this;
        }

        public Builder tip(Sourced<String> value) {
            tips.add(value);
            return this;
        }

        public RoleProfile build() {
            return new RoleProfile(id, title, summary, alternateTitles, codes, tasks, relatedRoles, skills, tools, salaries, industries, outlook, outlookStatements, education, educationDistributions, jobZones, careerPaths, certifications, satisfaction, workforce, factors, interests, workValues, misconceptions, faqs, tips);
        }
    }
}
