package dev.careerfit.web;

import dev.careerfit.catalog.CareerCatalog;
import dev.careerfit.quiz.FitScorer;
import dev.careerfit.quiz.FitScorers;
import java.net.URI;

/**
 * One web app over the built-in catalog for every test class of the JVM, on a free loopback port: building the
 * scorer reads every occupation's levels once (seconds), so the test classes share it. Also a program, for the load
 * test's separate JVM: it prints {@code listening PORT} once it answers.
 */
final class TestServer {
    private static CareerfitWeb web;

    private TestServer() {}

    static synchronized FitScorer scorer() {
        return Scorer.INSTANCE;
    }

    /** The shared app, started on first use and stopped when the JVM ends. */
    static synchronized CareerfitWeb web() {
        if (web == null) {
            web = CareerfitWeb.builder(scorer()).port(0).start();
            Runtime.getRuntime().addShutdownHook(new Thread(web::close, "careerfit-web-stop"));
        }
        return web;
    }

    static URI uri() {
        return web().uri();
    }

    static WebClient client() {
        return new WebClient(uri());
    }

    private static final class Scorer {
        static final FitScorer INSTANCE = FitScorers.create(CareerCatalog.builder().build());
    }

    public static void main(String[] args) throws InterruptedException {
        long start = System.nanoTime();
        try (CareerfitWeb app = CareerfitWeb.builder(scorer()).port(args.length > 0 ? Integer.parseInt(args[0]) : 0)
                .start()) {
            System.out.println("listening " + app.port() + " after " + (System.nanoTime() - start) / 1_000_000 + " ms");
            System.out.flush();
            app.join();
        }
    }
}
