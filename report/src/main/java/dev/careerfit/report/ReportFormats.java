package dev.careerfit.report;

import dev.careerfit.Api;
import dev.careerfit.CareerfitException;
import dev.careerfit.report.internal.HtmlFormat;
import dev.careerfit.report.internal.JsonFormat;
import dev.careerfit.report.internal.MarkdownFormat;
import dev.careerfit.report.internal.TextFormat;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * The report formats by id: careerfit's own (text, html, markdown, json) and any a jar on the class path registers
 * as a {@link ReportFormat} service. A built-in format is one line of {@link #BUILT_IN}; the command line's
 * {@code --format} and the web app pick from here, never by testing flags.
 *
 * @since 0.5
 */
@Api(Api.Status.EXPERIMENTAL)
public final class ReportFormats {
    /** careerfit's own formats, in the order help lists them. */
    private static final List<ReportFormat> BUILT_IN = List.of(new TextFormat(), new HtmlFormat(), new MarkdownFormat(),
            new JsonFormat());
    private static final ReportFormats BUILT_IN_ONLY = new ReportFormats(BUILT_IN);

    private final Map<String, ReportFormat> byId;

    private ReportFormats(Collection<ReportFormat> formats) {
        Map<String, ReportFormat> map = new LinkedHashMap<>();
        for (ReportFormat f : formats) {
            // careerfit's own come first and keep their ids: a jar cannot replace what a user trusts.
            map.putIfAbsent(f.id(), f);
        }
        this.byId = Collections.unmodifiableMap(map);
    }

    /** careerfit's own formats. */
    public static ReportFormats builtIn() {
        return BUILT_IN_ONLY;
    }

    /**
     * careerfit's own formats and those registered in {@code loader}'s jars ({@code META-INF/services/
     * dev.careerfit.report.ReportFormat}); a jar whose format cannot be loaded is left out.
     */
    public static ReportFormats discover(ClassLoader loader) {
        List<ReportFormat> all = new java.util.ArrayList<>(BUILT_IN);
        var found = ServiceLoader.load(ReportFormat.class, loader).iterator();
        while (true) {
            try {
                if (!found.hasNext()) {
                    break;
                }
                all.add(found.next());
            } catch (ServiceConfigurationError e) {
                // A broken format jar must not stop careerfit from writing its own formats.
            }
        }
        return new ReportFormats(all);
    }

    /** Every format, careerfit's first. */
    public Collection<ReportFormat> all() {
        return byId.values();
    }

    /** The ids, for help and completion: {@code text, html, markdown, json}. */
    public List<String> ids() {
        return List.copyOf(byId.keySet());
    }

    /**
     * The styles of careerfit's HTML: what a whole page carries inline, and what a page that frames HTML fragments
     * ({@link ReportSettings#standalone()} false) serves itself, as the web app does.
     */
    public static String htmlStylesheet() {
        return HtmlFormat.stylesheet();
    }

    public Optional<ReportFormat> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * The format {@code id}.
     *
     * @throws CareerfitException naming the formats there are
     */
    public ReportFormat require(String id) {
        return find(id).orElseThrow(() -> new CareerfitException("no report format '" + id + "'; use one of "
                + String.join(", ", byId.keySet())));
    }
}
