package dev.careerfit.report.page;

import dev.careerfit.Api;
import dev.careerfit.report.Report;
import dev.careerfit.report.ReportFormat;
import dev.careerfit.report.ReportSettings;
import dev.careerfit.report.internal.Pages;
import java.io.IOException;

/**
 * A format that lays out the {@link Page} careerfit makes of a report: the words, figures and numbered sources are
 * the same in every such format, which only decides how a block looks. Text, HTML and Markdown are ones; a new one
 * (say AsciiDoc) is a subclass writing {@link #write(Page, ReportSettings, Appendable)} and a registration.
 *
 * @since 0.5
 */
@Api(Api.Status.EXPERIMENTAL)
public abstract class PageFormat implements ReportFormat {

    @Override
    public final void write(Report report, ReportSettings settings, Appendable out) throws IOException {
        write(Pages.of(report, settings), settings, out);
    }

    /** Writes {@code page}: with {@code settings.details()} it holds everything, else the short view. */
    protected abstract void write(Page page, ReportSettings settings, Appendable out) throws IOException;
}
