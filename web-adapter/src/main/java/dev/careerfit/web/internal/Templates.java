package dev.careerfit.web.internal;

import dev.careerfit.Api;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/**
 * The app's jte templates (src/main/jte), compiled to classes at build time by jte's Maven plugin: nothing is
 * parsed at run time, and every {@code ${...}} is escaped for where it stands in the HTML.
 */
@Api(Api.Status.INTERNAL)
public final class Templates {
    /** Where jte's Maven plugin puts the compiled templates (web-adapter/pom.xml). */
    static final String PACKAGE = "dev.careerfit.web.templates";

    private final TemplateEngine engine = TemplateEngine.createPrecompiled(null, ContentType.Html,
            Templates.class.getClassLoader(), PACKAGE);

    /** The template {@code name} (e.g. {@code question.jte}) over its one parameter, as HTML. */
    public String render(String name, Object model) {
        StringOutput out = new StringOutput(8192);
        engine.render(name, model, out);
        return out.toString();
    }

    /** Replies with the template {@code name} over its one parameter, as an HTML page in UTF-8. */
    void send(io.javalin.http.Context ctx, String name, Object model) {
        ctx.contentType("text/html; charset=utf-8").result(render(name, model));
    }

    /** As {@link #render(String, Object)}, appended to {@code out}. */
    public void render(String name, Object model, Appendable out) throws java.io.IOException {
        out.append(render(name, model));
    }
}
