package dev.careerfit.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * picocli's jar rewritten as the build rewrites careerfit.jar: its Java 5 class files become Java 8 ones (which
 * class-data sharing archives), and picocli still parses a command line and writes its help the same way.
 */
class ArchivableClassesTest {
    @TempDir
    Path dir;

    @Test
    void picocliRewrittenAsJava8ClassFilesStillParsesAndHelps() throws Exception {
        Path picocli = Path.of(CommandLine.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path copy = dir.resolve("picocli.jar");
        Files.copy(picocli, copy);
        assertThat(ArchivableClasses.version(ArchivableClasses.classFile(CommandLine.class.getClassLoader(),
                "picocli/CommandLine.class"))).as("picocli 4.7's own class file version (Java 5)").isEqualTo(49);

        ArchivableClasses.main(new String[] {copy.toString(), "picocli/"});

        int rewritten = 0;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(copy))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().startsWith("picocli/") && e.getName().endsWith(".class")) {
                    assertThat(ArchivableClasses.version(in.readAllBytes())).as(e.getName()).isEqualTo(52);
                    rewritten++;
                }
            }
        }
        assertThat(rewritten).isGreaterThan(200);
        // Loaded on their own, verified by the JVM's verifier for Java 8 class files with the frames written.
        try (URLClassLoader loader = new URLClassLoader(new URL[] {copy.toUri().toURL()}, null)) {
            Class<?> spec = loader.loadClass("picocli.CommandLine$Model$CommandSpec");
            Object command = spec.getMethod("create").invoke(null);
            Class<?> option = loader.loadClass("picocli.CommandLine$Model$OptionSpec");
            Object builder = option.getMethod("builder", String.class, String[].class)
                    .invoke(null, "--limit", new String[0]);
            // type() is declared on a builder class that is not public.
            Method type = builder.getClass().getMethod("type", Class.class);
            type.setAccessible(true);
            type.invoke(builder, int.class);
            spec.getMethod("addOption", option).invoke(command, builder.getClass().getMethod("build").invoke(builder));
            Class<?> cl = loader.loadClass("picocli.CommandLine");
            Object line = cl.getConstructor(Object.class).newInstance(command);
            Object result = cl.getMethod("parseArgs", String[].class).invoke(line, (Object) new String[] {"--limit", "3"});
            Method matched = result.getClass().getMethod("matchedOptionValue", String.class, Object.class);
            assertThat(matched.invoke(result, "--limit", 0)).isEqualTo(3);
            CommandLine.Model.CommandSpec original = CommandLine.Model.CommandSpec.create()
                    .addOption(CommandLine.Model.OptionSpec.builder("--limit").type(int.class).build());
            assertThat((String) cl.getMethod("getUsageMessage").invoke(line))
                    .isEqualTo(new CommandLine(original).getUsageMessage()).contains("--limit=PARAM");
        }
    }

    @Test
    void classesOfOtherPackagesAndNewerClassFilesAreCopiedAsTheyAre() throws IOException {
        Path jar = dir.resolve("other.jar");
        byte[] own = ArchivableClasses.classFile(getClass().getClassLoader(),
                "dev/careerfit/cli/internal/ArchivableClassesTest.class");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new ZipEntry("picocli/Newer.class"));
            out.write(own);
            out.putNextEntry(new ZipEntry("notes.txt"));
            out.write("kept".getBytes());
        }
        ArchivableClasses.main(new String[] {jar.toString(), "picocli/"});
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(jar))) {
            assertThat(in.getNextEntry().getName()).isEqualTo("picocli/Newer.class");
            assertThat(in.readAllBytes()).isEqualTo(own);
            assertThat(in.getNextEntry().getName()).isEqualTo("notes.txt");
            assertThat(new String(in.readAllBytes())).isEqualTo("kept");
        }
    }
}
