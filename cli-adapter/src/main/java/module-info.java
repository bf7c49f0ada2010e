/** The careerfit command line: a thin picocli adapter over the catalog and the quiz engine. */
module dev.careerfit.cli {
    requires dev.careerfit.quiz;
    requires dev.careerfit.web;
    requires dev.careerfit.quiz.json;
    requires dev.careerfit.report;
    requires info.picocli;
    // Only the build step that rewrites picocli's class files (internal.ArchivableClasses) uses ASM.
    requires static org.objectweb.asm;

    // picocli reads the commands' annotated fields reflectively.
    opens dev.careerfit.cli to info.picocli;
}
