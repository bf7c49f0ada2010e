package dev.careerfit.provider.onet;

import dev.careerfit.education.CategoryDistribution;
import dev.careerfit.education.CategoryShare;
import dev.careerfit.education.EducationDistribution;
import dev.careerfit.education.EducationLevel;
import dev.careerfit.education.JobZone;
import dev.careerfit.fact.FactKind;
import dev.careerfit.fact.FactKinds;
import dev.careerfit.provenance.Origin;
import dev.careerfit.provenance.Provenance;
import dev.careerfit.provenance.ReferencePeriod;
import dev.careerfit.provenance.Source;
import dev.careerfit.provenance.StatisticQuality;
import dev.careerfit.release.SnapshotDataSet;
import dev.careerfit.release.SnapshotInput;
import dev.careerfit.release.SnapshotReader;
import dev.careerfit.role.ContentElement;
import dev.careerfit.role.DataGap;
import dev.careerfit.role.ElementRating;
import dev.careerfit.role.InterestArea;
import dev.careerfit.role.InterestProfile;
import dev.careerfit.role.OccupationCode;
import dev.careerfit.role.Rating;
import dev.careerfit.role.RatingScale;
import dev.careerfit.role.RelatedRole;
import dev.careerfit.role.ReportedTitle;
import dev.careerfit.role.RoleId;
import dev.careerfit.role.RoleProfile;
import dev.careerfit.role.Task;
import dev.careerfit.role.TaskKind;
import dev.careerfit.role.Tool;
import dev.careerfit.role.WorkValue;
import dev.careerfit.role.WorkValueProfile;
import dev.careerfit.spi.RoleEntry;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

/**
 * O*NET data held as a snapshot ({@link OnetSnapshot} describes the format). The index, the reference
 * sections and, on first use, the alternate titles are read once; a role's profile is decoded from its
 * block each time it is asked for and not kept. Values that recur across roles (scales, elements, job
 * zones, origins, reference periods) are shared. Thread-safe.
 */
final class OnetDataSet extends SnapshotDataSet {
    /** Why a task without a type is shown as a responsibility. */
    static final String UNTYPED_TASK_NOTE = "O*NET does not class this task as core or supplemental (it has no "
            + "incumbent ratings)";
    private static final InterestArea[] AREAS = InterestArea.values();
    private static final WorkValue[] VALUES = WorkValue.values();

    private final Source source;
    private final boolean sourceFromRelease;
    private final String releaseName;
    private final RatingScale[] scales;
    private final String[] scaleLabels;
    private final ContentElement[] elements;
    private final Map<String, ContentElement> elementsById = new HashMap<>();
    private final Map<String, Map<Integer, String>> categoryLabels = new HashMap<>();
    private final Map<String, String> measures = new HashMap<>();
    private final Map<String, String> measureElements = new HashMap<>();
    private final JobZone[] zones = new JobZone[6];
    private final Map<String, Provenance> gapProvenance = new HashMap<>();
    private final Provenance reportedTitles;
    private final Map<Origin, Origin> origins = new ConcurrentHashMap<>();
    private final Map<Provenance, Provenance> provenances = new ConcurrentHashMap<>();
    private final Map<Integer, ReferencePeriod> periods = new ConcurrentHashMap<>();
    private volatile List<List<String>> titles;

    /**
     * @param snapshot          the snapshot
     * @param source            the source every fact names
     * @param sourceFromRelease whether {@code source} was read from the release (a user's folder) rather
     *                          than declared by the provider
     * @param reportRelease     what the import report says was read
     */
    OnetDataSet(SnapshotReader snapshot, Source source, boolean sourceFromRelease, String reportRelease) {
        super(snapshot.requireContent(OnetSnapshot.PROVIDER_ID, OnetSnapshot.CONTENT_VERSION, "OnetSnapshotConverter"),
                reportRelease);
        this.source = source;
        this.sourceFromRelease = sourceFromRelease;
        SnapshotInput release = snapshot.section(OnetSnapshot.RELEASE);
        this.releaseName = new ReleaseName(release.text(), release.text()).shortName();

        SnapshotInput in = snapshot.section(OnetSnapshot.SCALES);
        int n = in.varInt();
        scales = new RatingScale[n];
        scaleLabels = new String[n];
        for (int i = 0; i < n; i++) {
            String id = in.shared();
            String name = in.text();
            scales[i] = known(new RatingScale(id, name, Decimals.value(Decimals.read(in)),
                    Decimals.value(Decimals.read(in))));
            scaleLabels[i] = id + " " + name;
        }

        in = snapshot.section(OnetSnapshot.ELEMENTS);
        n = in.varInt();
        elements = new ContentElement[n];
        for (int i = 0; i < n; i++) {
            elements[i] = new ContentElement(in.shared(), in.text());
            elementsById.put(elements[i].id(), elements[i]);
        }

        in = snapshot.section(OnetSnapshot.CATEGORIES);
        n = in.varInt();
        for (int i = 0; i < n; i++) {
            String scale = in.shared();
            measureElements.put(scale, in.shared());
            measures.put(scale, in.text());
            Map<Integer, String> labels = new HashMap<>();
            for (int c = in.varInt(); c > 0; c--) {
                labels.put(in.varInt(), in.text());
            }
            categoryLabels.put(scale, labels);
        }

        in = snapshot.section(OnetSnapshot.JOB_ZONES);
        n = in.varInt();
        for (int i = 0; i < n; i++) {
            int zone = in.varInt();
            zones[zone] = new JobZone(zone, in.text(), in.text(), in.text(), in.text(), in.text(), in.text());
        }
        for (int z = 1; z <= 5; z++) {
            if (zones[z] == null) {
                zones[z] = new JobZone(z);
            }
        }

        for (ImportedRelease.GapKind g : ImportedRelease.GapKind.values()) {
            gapProvenance.putIfAbsent(g.kind.id(), Provenance.of(source).withOrigin(Origin.table(g.file)));
        }
        reportedTitles = Provenance.of(source).withOrigin(Origin.table(OnetFiles.REPORTED_TITLES));
    }

    /** The scale constant careerfit already has when it is the same, so that equal scales are one object. */
    private static RatingScale known(RatingScale s) {
        for (RatingScale k : List.of(RatingScale.ONET_IMPORTANCE, RatingScale.ONET_LEVEL, RatingScale.ONET_INTEREST,
                RatingScale.ONET_EXTENT)) {
            if (k.equals(s)) {
                return k;
            }
        }
        return s;
    }

    @Override
    protected RoleEntry readEntry(SnapshotInput in) {
        // Runs in the super constructor: only static state may be used here.
        String code = in.text();
        String title = in.text();
        return RoleEntry.forRole(RoleId.of(code), title, codes(code), in.kinds());
    }

    /** The O*NET-SOC code, its 6-digit SOC code and its SOC broad group, most specific first. */
    static List<OccupationCode> codes(String onetSoc) {
        String soc = onetSoc.substring(0, 7);
        String broad = soc.substring(0, 6) + "0";
        return soc.equals(broad) ? List.of(OccupationCode.onetSoc(onetSoc), OccupationCode.soc(soc))
                : List.of(OccupationCode.onetSoc(onetSoc), OccupationCode.soc(soc), OccupationCode.soc(broad));
    }

    @Override
    public Optional<List<Source>> sources() {
        return sourceFromRelease ? Optional.of(List.of(source)) : Optional.empty();
    }

    @Override
    public List<String> alternateTitles(RoleEntry entry) {
        return titles().get(position(entry));
    }

    private List<List<String>> titles() {
        List<List<String>> t = titles;
        if (t == null) {
            synchronized (this) {
                t = titles;
                if (t == null) {
                    SnapshotInput in = snapshot().section(OnetSnapshot.TITLES);
                    int n = in.varInt();
                    List<List<String>> all = new ArrayList<>(n);
                    for (int i = 0; i < n; i++) {
                        String[] list = new String[in.varInt()];
                        for (int j = 0; j < list.length; j++) {
                            list[j] = in.text();
                        }
                        all.add(List.of(list));
                    }
                    t = List.copyOf(all);
                    titles = t;
                }
            }
        }
        return t;
    }

    @Override
    protected RoleProfile readProfile(RoleEntry entry, SnapshotInput in) {
        RoleProfile.Builder b = RoleProfile.builder(entry.role()).title(entry.title()).summary(in.text());
        alternateTitles(entry).forEach(b::alternateTitle);
        entry.codes().forEach(b::code);
        for (int n = in.varInt(); n > 0; n--) {
            RoleId related = entries().get(in.varInt()).role();
            b.relatedRole(new RelatedRole(related, "related occupation", in.shared(), in.varInt()));
        }
        for (int n = in.varInt(); n > 0; n--) {
            b.add(FactKinds.REPORTED_TITLE, new ReportedTitle(in.text(), in.bool()), reportedTitles);
        }
        tasks(b, in);
        ratings(b, in, FactKinds.SKILL_RATING, OnetFiles.SKILLS);
        ratings(b, in, FactKinds.KNOWLEDGE_RATING, OnetFiles.KNOWLEDGE);
        ratings(b, in, FactKinds.WORK_STYLE_RATING, OnetFiles.WORK_STYLES);
        highPoints(b, in, AREAS, InterestArea.class, FactKinds.INTERESTS, InterestProfile::new, OnetFiles.INTERESTS,
                OnetSnapshot.INTERESTS_ELEMENT);
        highPoints(b, in, VALUES, WorkValue.class, FactKinds.WORK_VALUES, WorkValueProfile::new,
                OnetFiles.WORK_VALUES, OnetSnapshot.WORK_VALUES_ELEMENT);
        int zone = in.varInt();
        if (zone > 0) {
            b.add(FactKinds.JOB_ZONE, zones[zone], provenance(OnetFiles.JOB_ZONES, null, null, in.shared(),
                    in.shared(), null));
        }
        education(b, in);
        for (int n = in.varInt(); n > 0; n--) {
            String name = in.shared();
            String commodity = in.shared();
            String category = in.shared();
            boolean hot = in.bool();
            boolean inDemand = in.bool();
            b.add(FactKinds.TOOL, new Tool(name, category, inDemand, hot), provenance(
                    OnetFiles.TECHNOLOGY_SKILLS, commodity == null ? null : "UNSPSC " + commodity, null, null, null,
                    null));
        }
        for (int n = in.varInt(); n > 0; n--) {
            String kind = in.shared();
            b.add(FactKinds.DATA_GAP, new DataGap(FactKind.byId(kind).orElseThrow(), gapStatement(kind)),
                    gapProvenance.get(kind));
        }
        return b.build();
    }

    private String gapStatement(String kind) {
        for (ImportedRelease.GapKind g : ImportedRelease.GapKind.values()) {
            if (g.kind.id().equals(kind)) {
                return g.statement(releaseName);
            }
        }
        return releaseName + " publishes no " + kind + " for this occupation";
    }

    private void tasks(RoleProfile.Builder b, SnapshotInput in) {
        for (int n = in.varInt(); n > 0; n--) {
            int id = in.varInt();
            String statement = in.text();
            int type = in.varInt();
            Integer incumbents = optionalCount(in);
            String date = in.shared();
            String domain = in.shared();
            TaskKind kind = type == OnetSnapshot.TASK_CORE ? TaskKind.CORE
                    : type == OnetSnapshot.TASK_SUPPLEMENTAL ? TaskKind.SUPPLEMENTAL : TaskKind.UNCLASSIFIED;
            Origin origin = new Origin(OnetFiles.TASK_STATEMENTS, "Task " + id, null, date, domain, null);
            StatisticQuality quality = incumbents == null ? null : StatisticQuality.sampleSize(incumbents);
            b.add(FactKinds.TASK, new Task(statement, kind), new Provenance(source, null, period(date), quality,
                    type == OnetSnapshot.TASK_UNTYPED ? UNTYPED_TASK_NOTE : null, null, origin, null));
        }
    }

    private void ratings(RoleProfile.Builder b, SnapshotInput in, FactKind<ElementRating> kind, String file) {
        for (int n = in.varInt(); n > 0; n--) {
            ContentElement element = elements[in.varInt()];
            int scale = in.varInt();
            double value = Decimals.value(Decimals.read(in));
            StatisticQuality quality = quality(optionalCount(in), Decimals.readOptional(in),
                    Decimals.readOptional(in), Decimals.readOptional(in), in.optionalBool(), in.optionalBool());
            String date = in.shared();
            String domain = in.shared();
            b.add(kind, new ElementRating(element, new Rating(value, scales[scale], quality)),
                    new Provenance(source, null, period(date), quality, null, null,
                            origin(file, element.toString(), scaleLabels[scale], date, domain), null));
        }
    }

    /**
     * Six ratings by position and the high points, as {@code OnetSnapshot.highPoints} writes them: the
     * interests (RIASEC) and the work values profiles.
     */
    private <E extends Enum<E>, T> void highPoints(RoleProfile.Builder b, SnapshotInput in, E[] values,
                                                   Class<E> type, FactKind<T> kind,
                                                   BiFunction<Map<E, Rating>, List<E>, T> profile, String file,
                                                   String element) {
        int n = in.varInt();
        if (n == 0) {
            return;
        }
        RatingScale scale = scales[in.varInt()];
        Map<E, Rating> ratings = new EnumMap<>(type);
        for (int i = 0; i < n; i++) {
            ratings.put(values[in.varInt()], new Rating(Decimals.value(Decimals.read(in)), scale, null));
        }
        List<E> highPoints = new ArrayList<>(3);
        for (int h = in.varInt(); h > 0; h--) {
            highPoints.add(values[in.varInt()]);
        }
        String date = in.shared();
        String domain = in.shared();
        b.add(kind, profile.apply(ratings, highPoints), provenance(file, element, scaleLabel(scale), date, domain,
                null));
    }

    private void education(RoleProfile.Builder b, SnapshotInput in) {
        for (int d = in.varInt(); d > 0; d--) {
            int scaleIndex = in.varInt();
            RatingScale scale = scales[scaleIndex];
            String date = in.shared();
            String domain = in.shared();
            int n = in.varInt();
            boolean level = scale.id().equals("RL");
            Map<EducationLevel, Double> percent = new EnumMap<>(EducationLevel.class);
            Map<EducationLevel, StatisticQuality> qualityByLevel = new EnumMap<>(EducationLevel.class);
            List<CategoryShare> shares = new ArrayList<>(n);
            Map<Integer, String> labels = categoryLabels.getOrDefault(scale.id(), Map.of());
            Integer sample = null;
            for (int i = 0; i < n; i++) {
                int category = in.varInt();
                double value = Decimals.value(Decimals.read(in));
                Integer count = optionalCount(in);
                StatisticQuality q = quality(count, Decimals.readOptional(in), Decimals.readOptional(in),
                        Decimals.readOptional(in), in.optionalBool(), null);
                sample = sample == null ? count : sample;
                if (level) {
                    EducationLevel l = EducationLevel.ofOnetCategory(category);
                    percent.put(l, value);
                    if (q != null) {
                        qualityByLevel.put(l, q);
                    }
                } else {
                    shares.add(new CategoryShare(category, labels.getOrDefault(category, "category " + category), value,
                            q, null));
                }
            }
            Provenance p = new Provenance(source, null, period(date), sample == null ? null
                    : StatisticQuality.sampleSize(sample), null, null, origin(OnetFiles.EDUCATION,
                    element(scale.id()), scaleLabel(scale), date, domain), null);
            if (level) {
                b.add(FactKinds.EDUCATION_DISTRIBUTION, new EducationDistribution(percent, qualityByLevel), p);
            } else {
                b.add(FactKinds.PREPARATION, new CategoryDistribution(measures.getOrDefault(scale.id(), scale.name()),
                        shares), p);
            }
        }
    }

    /** "2.D.1 Required Level of Education": the element a category scale belongs to. */
    private String element(String scaleId) {
        ContentElement e = elementsById.get(measureElements.get(scaleId));
        return e != null ? e.toString() : measures.get(scaleId);
    }

    private String scaleLabel(RatingScale scale) {
        return scale.id() + " " + scale.name();
    }

    private Provenance provenance(String table, String element, String scale, String date, String domain,
                                  StatisticQuality quality) {
        String named = element;
        if (element != null && elementsById.containsKey(element)) {
            named = elementsById.get(element).toString();
        }
        Provenance p = new Provenance(source, null, period(date), quality, null, null,
                origin(table, named, scale, date, domain), null);
        if (quality != null) {
            return p;
        }
        Provenance shared = provenances.putIfAbsent(p, p);
        return shared != null ? shared : p;
    }

    /** One Origin object per distinct place, shared by every role that names it. */
    private Origin origin(String table, String element, String scale, String date, String domain) {
        Origin o = new Origin(table, element, scale, date, domain, null);
        Origin shared = origins.putIfAbsent(o, o);
        return shared != null ? shared : o;
    }

    /** The year of an O*NET date ({@code 08/2023}), or {@code null}. */
    private ReferencePeriod period(String date) {
        if (date == null) {
            return null;
        }
        int year = Integer.parseInt(date.substring(date.indexOf('/') + 1));
        return periods.computeIfAbsent(year, ReferencePeriod::year);
    }

    private static Integer optionalCount(SnapshotInput in) {
        int v = in.varInt();
        return v == 0 ? null : v - 1;
    }

    private static StatisticQuality quality(Integer n, Double se, Double lower, Double upper, Boolean suppress,
                                            Boolean notRelevant) {
        if (n == null && se == null && lower == null && upper == null && suppress == null && notRelevant == null) {
            return null;
        }
        return new StatisticQuality(n, se, lower, upper, suppress, null, notRelevant);
    }
}
