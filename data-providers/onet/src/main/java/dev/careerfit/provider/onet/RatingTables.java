package dev.careerfit.provider.onet;

import static dev.careerfit.provider.onet.OnetFiles.CODE;
import static dev.careerfit.provider.onet.OnetFiles.DATA_VALUE;
import static dev.careerfit.provider.onet.OnetFiles.DATE;
import static dev.careerfit.provider.onet.OnetFiles.DOMAIN_SOURCE;
import static dev.careerfit.provider.onet.OnetFiles.ELEMENT_ID;
import static dev.careerfit.provider.onet.OnetFiles.INTERESTS;
import static dev.careerfit.provider.onet.OnetFiles.JOB_ZONE;
import static dev.careerfit.provider.onet.OnetFiles.JOB_ZONES;
import static dev.careerfit.provider.onet.OnetFiles.KNOWLEDGE;
import static dev.careerfit.provider.onet.OnetFiles.LOWER_CI;
import static dev.careerfit.provider.onet.OnetFiles.N;
import static dev.careerfit.provider.onet.OnetFiles.NOT_RELEVANT;
import static dev.careerfit.provider.onet.OnetFiles.RECOMMEND_SUPPRESS;
import static dev.careerfit.provider.onet.OnetFiles.SCALE_ID;
import static dev.careerfit.provider.onet.OnetFiles.SKILLS;
import static dev.careerfit.provider.onet.OnetFiles.STANDARD_ERROR;
import static dev.careerfit.provider.onet.OnetFiles.UPPER_CI;
import static dev.careerfit.provider.onet.OnetFiles.WORK_STYLES;
import static dev.careerfit.provider.onet.OnetFiles.WORK_VALUES;

import dev.careerfit.provider.onet.ImportedRelease.GapKind;
import dev.careerfit.provider.onet.ImportedRelease.Occupation;
import dev.careerfit.provider.onet.ImportedRelease.RatingRow;
import dev.careerfit.provider.onet.ImportedRelease.Scale;
import dev.careerfit.provider.onet.ImportedRelease.ZoneRow;
import dev.careerfit.release.BadValueException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The files that rate occupations on the content model's elements: Skills.txt and Knowledge.txt (with
 * the precision of each rating), Work Styles.txt, Interests.txt and Work Values.txt (six ratings and three
 * high points each), and Job Zones.txt. Each is checked against Scales Reference.txt and Content Model
 * Reference.txt, and is not read when either is missing.
 */
final class RatingTables {
    private static final List<String> RIASEC = List.of("1.B.1.a", "1.B.1.b", "1.B.1.c", "1.B.1.d", "1.B.1.e",
            "1.B.1.f");
    private static final List<String> INTEREST_HIGH_POINTS = List.of("1.B.1.g", "1.B.1.h", "1.B.1.i");
    private static final List<String> WORK_VALUES_ELEMENTS = List.of("1.B.2.a", "1.B.2.b", "1.B.2.c", "1.B.2.d",
            "1.B.2.e", "1.B.2.f");
    private static final List<String> WORK_VALUE_HIGH_POINTS = List.of("1.B.2.g", "1.B.2.h", "1.B.2.i");

    private final OnetFolder folder;
    /** The reference file the ratings are checked against that is missing, or {@code null}. */
    private final String needs;

    RatingTables(OnetFolder folder, String needs) {
        this.folder = folder;
        this.needs = needs;
    }

    void skills() {
        ratings(SKILLS, GapKind.SKILL, "skills ratings: importance (IM) and level (LV)", o -> o.skills);
    }

    void knowledge() {
        ratings(KNOWLEDGE, GapKind.KNOWLEDGE, "knowledge ratings: importance (IM) and level (LV)", o -> o.knowledge);
    }

    void interests() {
        highPointProfile(INTERESTS, GapKind.INTERESTS, "OI", RIASEC, "IH", INTEREST_HIGH_POINTS,
                "RIASEC interest ratings (OI) and high points (IH)", o -> o.interests);
    }

    void workValues() {
        highPointProfile(WORK_VALUES, GapKind.WORK_VALUES, "EX", WORK_VALUES_ELEMENTS, "VH", WORK_VALUE_HIGH_POINTS,
                "work value ratings (EX) and high points (VH)", o -> o.workValues);
    }

    /** Skills or Knowledge: one rating per row, each with its own precision. */
    private void ratings(String file, GapKind kind, String note, Function<Occupation, List<RatingRow>> target) {
        Map<String, Integer> seen = new HashMap<>();
        folder.table(file, List.of(CODE, ELEMENT_ID, SCALE_ID, DATA_VALUE, N, STANDARD_ERROR, LOWER_CI, UPPER_CI,
                RECOMMEND_SUPPRESS, NOT_RELEVANT, DATE, DOMAIN_SOURCE), note, new GapKind[] {kind}, needs, (o, row) -> {
                    String element = folder.element(row);
                    Scale scale = folder.scale(row);
                    RowValues.oncePer(seen, o, element, scale, row);
                    long value = RowValues.value(row, scale);
                    Long[] ci = RowValues.interval(row);
                    target.apply(o).add(new RatingRow(element, scale.id(), value, RowValues.count(row, N),
                            RowValues.nonNegative(row, STANDARD_ERROR), ci[0], ci[1], row.flag(RECOMMEND_SUPPRESS),
                            row.flag(NOT_RELEVANT), folder.date(row), folder.domain(row)));
                    return null;
                });
    }

    /** Work styles: 30.1 rates each on distinctiveness rank (DR) and impact (WI); no sample or precision. */
    void workStyles() {
        Map<String, Integer> seen = new HashMap<>();
        folder.table(WORK_STYLES, List.of(CODE, ELEMENT_ID, SCALE_ID, DATA_VALUE, DATE, DOMAIN_SOURCE),
                "work styles ratings: distinctiveness rank (DR) and impact (WI)", new GapKind[] {GapKind.WORK_STYLE},
                needs, (o, row) -> {
                    String element = folder.element(row);
                    Scale scale = folder.scale(row);
                    RowValues.oncePer(seen, o, element, scale, row);
                    o.workStyles.add(new RatingRow(element, scale.id(), RowValues.value(row, scale), null, null, null,
                            null, null, null, folder.date(row), folder.domain(row)));
                    return null;
                });
    }

    /**
     * Interests or Work Values: six ratings on one scale and three high points, each high point a
     * whole number naming one of the six in order (0 for none).
     */
    private void highPointProfile(String file, GapKind kind, String ratingScale, List<String> rated,
                                  String highPointScale, List<String> highPoints, String note,
                                  Function<Occupation, List<RatingRow>> target) {
        Map<String, Integer> seen = new HashMap<>();
        folder.table(file, List.of(CODE, ELEMENT_ID, SCALE_ID, DATA_VALUE, DATE, DOMAIN_SOURCE), note,
                new GapKind[] {kind}, needs, (o, row) -> {
                    String element = folder.element(row);
                    Scale scale = folder.scale(row);
                    long value;
                    if (scale.id().equals(ratingScale) && rated.contains(element)) {
                        value = RowValues.value(row, scale);
                    } else if (scale.id().equals(highPointScale) && highPoints.contains(element)) {
                        value = Decimals.parse(row.required(DATA_VALUE), DATA_VALUE);
                        double v = Decimals.value(value);
                        if (v != Math.rint(v) || v < 0 || v > rated.size()) {
                            throw new BadValueException(DATA_VALUE, "high point '" + row.text(DATA_VALUE)
                                    + "' must be a whole number from 1 to " + rated.size() + ", or 0 for none");
                        }
                    } else {
                        return "element " + element + " on scale " + scale.id() + ": not one of the six ratings or "
                                + "three high points careerfit reads";
                    }
                    RowValues.oncePer(seen, o, element, scale, row);
                    if (scale.id().equals(highPointScale) && Decimals.value(value) != 0) {
                        for (RatingRow other : target.apply(o)) {
                            if (other.scale().equals(highPointScale)
                                    && Decimals.value(other.value()) == Decimals.value(value)) {
                                throw new BadValueException(DATA_VALUE, "high point " + row.text(DATA_VALUE)
                                        + " repeats the one of element " + other.element());
                            }
                        }
                    }
                    target.apply(o).add(new RatingRow(element, scale.id(), value, null, null, null, null, null, null,
                            folder.date(row), folder.domain(row)));
                    return null;
                });
    }

    /** Job Zones: one zone from 1 to 5 per occupation; read whether or not the references are there. */
    void jobZones() {
        folder.table(JOB_ZONES, List.of(CODE, JOB_ZONE, DATE, DOMAIN_SOURCE), "each occupation's job zone (1 to 5)",
                new GapKind[] {GapKind.JOB_ZONE}, null, (o, row) -> {
                    int zone = RowValues.zone(row);
                    if (o.zone != null) {
                        throw new BadValueException(CODE, "a second job zone for " + o.code + "; the first is kept");
                    }
                    o.zone = new ZoneRow(zone, folder.date(row), folder.domain(row));
                    return null;
                });
    }
}
