package dev.careerfit.validation;

import dev.careerfit.catalog.CareerCatalog;
import dev.careerfit.catalog.CareerRole;
import dev.careerfit.catalog.RoleLink;
import dev.careerfit.catalog.RoleSummary;
import dev.careerfit.education.CategoryDistribution;
import dev.careerfit.education.EducationLevel;
import dev.careerfit.fact.FactKinds;
import dev.careerfit.market.OutlookFigure;
import dev.careerfit.market.OutlookMeasure;
import dev.careerfit.provenance.Sourced;
import dev.careerfit.role.InterestArea;
import dev.careerfit.role.InterestProfile;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The O*NET occupations every method ranks, as flat arrays read once from a catalog: each one's six interest
 * ratings (O*NET 30.1, scale OI, 1-7), job zone, jobs (EP 2024-34 employment in 2024, shared equally among
 * the O*NET occupations of one SOC code) and its workers' educational attainment (EP table 5.3), and its family (the SOC broad occupation, the code's first six characters).
 */
public final class Occupations {
    private static final Pattern ONET_CODE = Pattern.compile("\\d\\d-\\d\\d\\d\\d\\.\\d\\d");
    final String[] codes;
    final String[] titles;
    /** [occupation][area], 1-7. */
    final double[][] interests;
    /** 1-5, or 0 when O*NET gives none. */
    final int[] jobZone;
    /** Jobs in 2024, or NaN when the catalog has no EP figure for the occupation. */
    final double[] jobs;
    /** How the occupation's workers' education is spread (EP table 5.3), null when not known. */
    final CategoryDistribution[] attainment;
    /** Index of the occupation's SOC broad occupation among {@link #familyNames}. */
    final int[] family;
    final List<String> familyNames;
    private final Map<String, Integer> byCode = new HashMap<>();
    /** A guides' role's id to the occupations it is linked to. */
    private final Map<String, int[]> linked = new HashMap<>();

    private Occupations(List<String> codes, List<String> titles, List<double[]> interests, int[] jobZone,
                        double[] jobs, CategoryDistribution[] attainment) {
        this.codes = codes.toArray(String[]::new);
        this.titles = titles.toArray(String[]::new);
        this.interests = interests.toArray(double[][]::new);
        this.jobZone = jobZone;
        this.jobs = jobs;
        this.attainment = attainment;
        this.family = new int[this.codes.length];
        List<String> names = new ArrayList<>();
        Map<String, Integer> fam = new HashMap<>();
        for (int i = 0; i < this.codes.length; i++) {
            byCode.put(this.codes[i], i);
            String broad = this.codes[i].substring(0, 6);
            family[i] = fam.computeIfAbsent(broad, b -> {
                names.add(b);
                return names.size() - 1;
            });
        }
        this.familyNames = List.copyOf(names);
    }

    /** Every O*NET occupation of {@code catalog} with six interest ratings, in code order. */
    public static Occupations of(CareerCatalog catalog) {
        List<String> codes = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        List<double[]> interests = new ArrayList<>();
        List<Integer> zones = new ArrayList<>();
        List<Double> jobs = new ArrayList<>();
        List<CategoryDistribution> shares = new ArrayList<>();
        List<RoleSummary> rated = catalog.rolesWith(FactKinds.INTERESTS).stream()
                .filter(r -> ONET_CODE.matcher(r.id().value()).matches())
                .sorted((a, b) -> a.id().value().compareTo(b.id().value())).toList();
        for (RoleSummary s : rated) {
            CareerRole role = catalog.role(s.id()).orElseThrow();
            Optional<double[]> profile = role.facts(FactKinds.INTERESTS).stream().findFirst().map(Sourced::value)
                    .map(Occupations::ratings);
            if (profile.isEmpty()) {
                continue;
            }
            codes.add(s.id().value());
            titles.add(role.title());
            interests.add(profile.get());
            zones.add(role.facts(FactKinds.JOB_ZONE).stream().findFirst().map(z -> z.value().zone()).orElse(0));
            jobs.add(role.facts(FactKinds.OUTLOOK).stream().map(Sourced::value)
                    .filter(f -> f.measure() == OutlookMeasure.JOBS_IN_YEAR).map(OutlookFigure::value).findFirst()
                    .orElse(Double.NaN));
            shares.add(role.facts(FactKinds.ATTAINMENT).stream().map(Sourced::value).findFirst().orElse(null));
        }
        double[] perCode = jobs.stream().mapToDouble(Double::doubleValue).toArray();
        // The catalog gives an O*NET occupation its SOC code's figures; split them among the code's occupations.
        Map<String, Integer> sharing = new HashMap<>();
        for (int i = 0; i < codes.size(); i++) {
            if (!Double.isNaN(perCode[i])) {
                sharing.merge(codes.get(i).substring(0, 7), 1, Integer::sum);
            }
        }
        for (int i = 0; i < codes.size(); i++) {
            if (!Double.isNaN(perCode[i])) {
                perCode[i] /= sharing.get(codes.get(i).substring(0, 7));
            }
        }
        Occupations o = new Occupations(codes, titles, interests, zones.stream().mapToInt(Integer::intValue).toArray(),
                perCode, shares.toArray(CategoryDistribution[]::new));
        for (RoleSummary s : catalog.roles()) {
            if (ONET_CODE.matcher(s.id().value()).matches()) {
                continue;
            }
            catalog.role(s.id()).ifPresent(r -> {
                int[] to = r.links().stream().map(RoleLink::role).map(id -> o.byCode.get(id.value()))
                        .filter(java.util.Objects::nonNull).mapToInt(Integer::intValue).toArray();
                if (to.length > 0) {
                    o.linked.put(s.id().value(), to);
                }
            });
        }
        return o;
    }

    private static double[] ratings(InterestProfile p) {
        double[] v = new double[6];
        for (InterestArea a : InterestArea.values()) {
            if (!p.ratings().containsKey(a)) {
                return null;
            }
            v[a.ordinal()] = p.ratings().get(a).value();
        }
        return v;
    }

    public int size() {
        return codes.length;
    }

    public String code(int occupation) {
        return codes[occupation];
    }

    public String title(int occupation) {
        return titles[occupation];
    }

    /** The occupation's index, if the code is one of them. */
    public Optional<Integer> index(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /**
     * The occupations a ranked role stands for: an O*NET occupation itself, a guides' role the occupations it
     * is linked to; none for anything else.
     */
    public int[] standsFor(String roleId) {
        Integer own = byCode.get(roleId);
        if (own != null) {
            return new int[] {own};
        }
        return linked.getOrDefault(roleId, new int[0]).clone();
    }

    /** How many occupations have no EP employment or attainment figure (they take the median). */
    public int withoutPreparationFigures() {
        int n = 0;
        for (int i = 0; i < size(); i++) {
            if (Double.isNaN(jobs[i]) || attainment[i] == null) {
                n++;
            }
        }
        return n;
    }

    /** Share (0-1) of the occupation's workers holding {@code level} or more; NaN when not known. */
    double shareAtLeast(int occupation, EducationLevel level) {
        CategoryDistribution d = attainment[occupation];
        return d == null ? Double.NaN : d.percentAtLeast(level) / 100;
    }

    static double median(double[] values) {
        double[] v = Arrays.stream(values).filter(x -> !Double.isNaN(x)).sorted().toArray();
        return v.length == 0 ? Double.NaN : v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}
