package dev.careerfit.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.careerfit.education.EducationLevel;
import dev.careerfit.education.EducationRequirement;
import dev.careerfit.education.Expectation;
import dev.careerfit.fact.FactKinds;
import dev.careerfit.factor.FactorExposure;
import dev.careerfit.factor.FactorId;
import dev.careerfit.factor.Framing;
import dev.careerfit.market.Location;
import dev.careerfit.market.OutlookFigure;
import dev.careerfit.market.PayPeriod;
import dev.careerfit.market.SalaryBand;
import dev.careerfit.provenance.Provenance;
import dev.careerfit.provenance.ReferencePeriod;
import dev.careerfit.provenance.Source;
import dev.careerfit.provenance.SourceId;
import dev.careerfit.provenance.SourceKind;
import dev.careerfit.provenance.Sourced;
import dev.careerfit.provenance.StatisticQuality;
import dev.careerfit.role.Proficiency;
import dev.careerfit.role.RelatedRole;
import dev.careerfit.role.RoleId;
import dev.careerfit.role.RoleProfile;
import dev.careerfit.role.Skill;
import dev.careerfit.role.SkillCategory;
import dev.careerfit.role.SkillId;
import dev.careerfit.role.SkillRequirement;
import dev.careerfit.role.Tool;
import java.math.BigDecimal;
import java.net.URI;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class CareerfitJacksonModuleTest {
    private static final Source BLS = new Source(SourceId.of("bls-ooh"), "U.S. Bureau of Labor Statistics",
            "Occupational Outlook Handbook", SourceKind.OFFICIAL_STATISTICS, URI.create("https://www.bls.gov/ooh/"),
            "Public domain (U.S. government work)");

    private final ObjectMapper json = CareerfitJson.objectMapper();

    static RoleProfile mlEngineer() {
        Provenance provenance = Provenance.citedIn(BLS, "001_cdb3b6ab2d3ae448.txt")
                .withReferencePeriod(ReferencePeriod.between(2022, 2032))
                .withQuality(new StatisticQuality(28, 0.19, null, null, null))
                .withNote("national figure");
        TreeMap<Integer, BigDecimal> percentiles = new TreeMap<>(Map.of(10, new BigDecimal("79000"),
                90, new BigDecimal("239200.50")));
        SalaryBand salary = new SalaryBand(Currency.getInstance("USD"), PayPeriod.ANNUAL, Location.national("US"),
                new BigDecimal("136620"), new BigDecimal("131490"), null, null, percentiles, "base pay");
        return RoleProfile.builder("ml-engineer")
                .title("Machine learning engineer")
                .summary("Builds and runs machine learning systems.")
                .alternateTitle("ML engineer")
                .relatedRole(new RelatedRole(RoleId.of("data-scientist"), "designs the models"))
                .add(FactKinds.SALARY, Sourced.of(salary, provenance))
                .add(FactKinds.OUTLOOK, Sourced.of(OutlookFigure.growth(35, 2022, 2032), provenance))
                .add(FactKinds.SKILL, Sourced.of(SkillRequirement.of(Skill.of("python", "Python", SkillCategory.PROGRAMMING),
                        Proficiency.ADVANCED), Provenance.of(BLS)))
                .add(FactKinds.TOOL, Sourced.of(new Tool("TensorFlow", "machine learning framework", true), Provenance.of(BLS)))
                .add(FactKinds.EDUCATION, Sourced.of(new EducationRequirement(List.of(EducationLevel.MASTERS,
                        EducationLevel.DOCTORATE), Expectation.TYPICAL, List.of("computer science")), provenance))
                .add(FactKinds.FACTOR, Sourced.of(FactorExposure.of("maths-intensity", 4, Framing.CON, null), Provenance.of(BLS)))
                .add(FactKinds.TIP, Sourced.of("Build a portfolio.", Provenance.of(BLS)))
                .build();
    }

    @Test
    void roundTripsARoleProfileThroughJson() throws Exception {
        RoleProfile profile = mlEngineer();

        String text = json.writeValueAsString(profile);

        assertThat(json.readValue(text, RoleProfile.class)).isEqualTo(profile);
    }

    @Test
    void roundTripsARoleProfileThroughYaml() throws Exception {
        ObjectMapper yaml = CareerfitJson.yamlMapper();
        RoleProfile profile = mlEngineer();

        String text = yaml.writeValueAsString(profile);

        assertThat(text).doesNotStartWith("---").contains("referencePeriod: 2022-2032");
        assertThat(yaml.readValue(text, RoleProfile.class)).isEqualTo(profile);
    }

    @Test
    void writesIdsAsPlainStrings() throws Exception {
        String text = json.writeValueAsString(List.of(RoleId.of("ml-engineer"), SourceId.of("bls-ooh"),
                SkillId.of("python"), FactorId.of("pay")));

        assertThat(text.replaceAll("\\s", "")).isEqualTo("[\"ml-engineer\",\"bls-ooh\",\"python\",\"pay\"]");
    }

    @Test
    void readsIdsFromPlainStrings() throws Exception {
        assertThat(json.readValue("\"ml-engineer\"", RoleId.class)).isEqualTo(RoleId.of("ml-engineer"));
        assertThat(json.readValue("\"bls-ooh\"", SourceId.class)).isEqualTo(SourceId.of("bls-ooh"));
        assertThat(json.readValue("\"python\"", SkillId.class)).isEqualTo(SkillId.of("python"));
        assertThat(json.readValue("\"pay\"", FactorId.class)).isEqualTo(FactorId.of("pay"));
    }

    @Test
    void usesIdsAsMapKeysInSortedOrder() throws Exception {
        Map<RoleId, Integer> byRole = Map.of(RoleId.of("ml-engineer"), 1, RoleId.of("data-scientist"), 2);

        String text = json.writeValueAsString(byRole);

        assertThat(text.replaceAll("\\s", "")).isEqualTo("{\"data-scientist\":2,\"ml-engineer\":1}");
        assertThat(json.readValue(text, new TypeReference<Map<RoleId, Integer>>() {})).isEqualTo(byRole);
    }

    static Stream<Object[]> referencePeriods() {
        return Stream.of(
                new Object[] {"\"2023\"", ReferencePeriod.year(2023)},
                new Object[] {"2023", ReferencePeriod.year(2023)},
                new Object[] {"\"2022-2032\"", ReferencePeriod.between(2022, 2032)},
                new Object[] {"{\"startYear\": 2022, \"endYear\": 2032}", ReferencePeriod.between(2022, 2032)},
                new Object[] {"{\"startYear\": 2023}", ReferencePeriod.year(2023)});
    }

    @ParameterizedTest
    @MethodSource("referencePeriods")
    void readsReferencePeriodsAsTextNumberOrObject(String text, ReferencePeriod expected) throws Exception {
        assertThat(json.readValue(text, ReferencePeriod.class)).isEqualTo(expected);
    }

    @Test
    void writesReferencePeriodsAsText() throws Exception {
        assertThat(json.writeValueAsString(ReferencePeriod.year(2023))).isEqualTo("\"2023\"");
        assertThat(json.writeValueAsString(ReferencePeriod.between(2022, 2032))).isEqualTo("\"2022-2032\"");
    }

    @Test
    void writesCurrencyAsItsIsoCode() throws Exception {
        assertThat(json.writeValueAsString(Currency.getInstance("GBP"))).isEqualTo("\"GBP\"");
        assertThat(json.readValue("\"EUR\"", Currency.class)).isEqualTo(Currency.getInstance("EUR"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.5E+5", "150000", "150000.50", "0.0001"})
    void writesAmountsWithoutAnExponent(String amount) throws Exception {
        BigDecimal value = new BigDecimal(amount);

        assertThat(json.writeValueAsString(value)).isEqualTo(value.toPlainString());
        assertThat(CareerfitJson.yamlMapper().writeValueAsString(value).strip()).isEqualTo(value.toPlainString());
    }

    @Test
    void carriesItsNameAndVersion() {
        CareerfitJacksonModule module = new CareerfitJacksonModule();

        assertThat(module.getModuleName()).isEqualTo("careerfit");
        assertThat(module.version().getArtifactId()).isEqualTo("careerfit-json");
        assertThat(module.version().isUnknownVersion()).isFalse();
    }
}
