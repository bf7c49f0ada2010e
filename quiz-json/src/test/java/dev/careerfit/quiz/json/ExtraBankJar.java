package dev.careerfit.quiz.json;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;

/**
 * A class loader standing in for a provider jar that ships questions on its own factor: it lists
 * {@code night/night-shifts-questions.yaml} in {@code META-INF/careerfit/questions}. Kept off the test
 * class path so that the other tests see only the built-in bank.
 */
public final class ExtraBankJar {
    private ExtraBankJar() {}

    public static URLClassLoader open() throws Exception {
        URL folder = Path.of("src/test/resources/extra-bank/").toUri().toURL();
        return new URLClassLoader(new URL[] {folder}, ExtraBankJar.class.getClassLoader());
    }
}
