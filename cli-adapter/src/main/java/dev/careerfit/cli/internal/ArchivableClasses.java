package dev.careerfit.cli.internal;

import dev.careerfit.Api;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

/**
 * A build step, run on the runnable jar once it is packaged: the class files of a package compiled for Java 5
 * (picocli's, class file version 49) are rewritten as Java 8 class files, their stack map frames computed, so
 * that the JVM's class-data-sharing archive holds them. JDK 17 refuses to archive a pre-Java 6 class ("Pre JDK 6
 * class not supported by CDS"), and a Java 6 class without frames ("Failed over class verification"), so every
 * run loaded and verified picocli's classes from the jar with the old verifier (docs/performance.md, "Start-up").
 * The code is unchanged; only the version and the frames the newer verifier checks are written.
 *
 * <p>Arguments: the jar, then the packages (as class file paths, {@code picocli/}) whose old classes to rewrite.
 * Not part of the program.
 */
@Api(Api.Status.INTERNAL)
public final class ArchivableClasses {
    /** Java 6's class file version, the first that class-data sharing takes. */
    private static final int FIRST_ARCHIVABLE = Opcodes.V1_6;

    private ArchivableClasses() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: ArchivableClasses JAR PACKAGE/...");
        }
        Path jar = Path.of(args[0]);
        String[] packages = java.util.Arrays.copyOfRange(args, 1, args.length);
        Path rewritten = jar.resolveSibling(jar.getFileName() + ".archivable");
        int count;
        try (URLClassLoader classes = new URLClassLoader(new URL[] {jar.toUri().toURL()},
                ClassLoader.getPlatformClassLoader());
             ZipInputStream in = new ZipInputStream(Files.newInputStream(jar));
             OutputStream file = Files.newOutputStream(rewritten);
             ZipOutputStream out = new ZipOutputStream(file)) {
            count = rewrite(in, out, packages, classes);
        }
        Files.move(rewritten, jar, StandardCopyOption.REPLACE_EXISTING);
        System.out.println("ArchivableClasses: " + count + " class files of " + String.join(", ", packages)
                + " rewritten as Java 8 class files in " + jar);
    }

    /** Copies every entry, rewriting the old class files of {@code packages}; how many it rewrote. */
    static int rewrite(ZipInputStream in, ZipOutputStream out, String[] packages, ClassLoader classes)
            throws IOException {
        int count = 0;
        for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
            byte[] bytes = in.readAllBytes();
            if (entry.getName().endsWith(".class") && inPackages(entry.getName(), packages)
                    && version(bytes) < FIRST_ARCHIVABLE) {
                bytes = withFrames(bytes, classes);
                count++;
            }
            ZipEntry copy = new ZipEntry(entry.getName());
            copy.setTime(entry.getTime());
            out.putNextEntry(copy);
            out.write(bytes);
            out.closeEntry();
        }
        return count;
    }

    private static boolean inPackages(String name, String[] packages) {
        for (String p : packages) {
            if (name.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    /** The class file's major version. */
    static int version(byte[] classFile) {
        return ((classFile[6] & 0xff) << 8) | (classFile[7] & 0xff);
    }

    /** The class as a Java 8 class file with its frames computed; {@code classes} resolves the types they name. */
    static byte[] withFrames(byte[] classFile, ClassLoader classes) {
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
            @Override
            protected ClassLoader getClassLoader() {
                return classes;
            }
        };
        new ClassReader(classFile).accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public void visit(int version, int access, String name, String signature, String superName,
                              String[] interfaces) {
                super.visit(Opcodes.V1_8, access, name, signature, superName, interfaces);
            }
        }, ClassReader.SKIP_FRAMES);
        return writer.toByteArray();
    }

    /** For tests: the class file at {@code resource} of {@code loader}. */
    static byte[] classFile(ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
