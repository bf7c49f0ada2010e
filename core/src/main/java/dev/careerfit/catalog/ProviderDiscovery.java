package dev.careerfit.catalog;

import dev.careerfit.Problem;
import dev.careerfit.spi.CareerDataProvider;
import dev.careerfit.spi.CareerDataProviderFactory;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * Finds providers with {@link ServiceLoader}, surviving broken ones: both {@code hasNext()} and
 * {@code next()} are guarded, constructors and factories run within the time limit, every failure is
 * recorded with the class and jar it came from, and only {@link VirtualMachineError}s other than
 * {@link StackOverflowError} escape.
 */
final class ProviderDiscovery {
    /** ServiceLoader skips a broken entry after reporting it; this bounds the loop should it not. */
    private static final int MAX_CONSECUTIVE_FAILURES = 1000;

    /** A provider instance and where it came from. */
    record Candidate(CareerDataProvider provider, String origin) {}

    private ProviderDiscovery() {}

    static void discover(ClassLoader loader, ProviderCalls calls, List<Candidate> found,
                         List<ProviderFailure> failures) {
        for (ServiceLoader.Provider<CareerDataProvider> p : guardedProviders(
                ServiceLoader.load(CareerDataProvider.class, loader), CareerDataProvider.class, loader, failures)) {
            String origin = origin(p.type());
            try {
                found.add(new Candidate(calls.call("the constructor of " + p.type().getName(), p::get), origin));
            } catch (Throwable t) {
                rethrowIfFatal(t);
                failures.add(failure(p.type().getName(), origin, t));
            }
        }
        for (ServiceLoader.Provider<CareerDataProviderFactory> p : guardedProviders(
                ServiceLoader.load(CareerDataProviderFactory.class, loader), CareerDataProviderFactory.class, loader,
                failures)) {
            String origin = origin(p.type());
            try {
                List<CareerDataProvider> made = calls.call(p.type().getName() + ".createProviders()", () -> {
                    CareerDataProviderFactory factory = p.get();
                    return List.copyOf(factory.createProviders(loader));
                });
                for (CareerDataProvider provider : made) {
                    found.add(new Candidate(provider, madeBy(provider, origin)));
                }
            } catch (Throwable t) {
                rethrowIfFatal(t);
                failures.add(failure(p.type().getName(), origin, t));
            }
        }
    }

    /**
     * Where a provider a factory made comes from: its own description (a document provider names its
     * document and the jar that registered it) and the factory's class and jar.
     */
    private static String madeBy(CareerDataProvider provider, String factoryOrigin) {
        try {
            return provider + " via " + factoryOrigin;
        } catch (Throwable t) {
            rethrowIfFatal(t);
            return provider.getClass().getName() + " via " + factoryOrigin;
        }
    }

    private static <S> List<ServiceLoader.Provider<S>> guardedProviders(ServiceLoader<S> loader, Class<S> service,
                                                                      ClassLoader classLoader,
                                                                      List<ProviderFailure> failures) {
        List<ServiceLoader.Provider<S>> result = new ArrayList<>();
        Iterator<ServiceLoader.Provider<S>> it = loader.stream().iterator();
        int consecutiveFailures = 0;
        while (consecutiveFailures < MAX_CONSECUTIVE_FAILURES) {
            try {
                if (!it.hasNext()) {
                    break;
                }
                result.add(it.next());
                consecutiveFailures = 0;
            } catch (Throwable t) {
                rethrowIfFatal(t);
                consecutiveFailures++;
                String entry = entryName(t);
                failures.add(failure(entry, registration(service, entry, classLoader), t));
            }
        }
        return result;
    }

    static ProviderFailure failure(String provider, String origin, Throwable t) {
        return new ProviderFailure(provider, origin, ProviderFailure.Stage.INSTANTIATION,
                List.of(new Problem(provider, rootMessage(t))), t);
    }

    /**
     * Rethrows the errors the program cannot go on after (out of memory, an internal error of the JVM);
     * a {@link StackOverflowError} is the provider's own endless recursion and is reported like any failure.
     */
    static void rethrowIfFatal(Throwable t) {
        if (t instanceof VirtualMachineError vme && !(t instanceof StackOverflowError)) {
            throw vme;
        }
    }

    /** The class and the jar or folder a type was loaded from. */
    static String origin(Class<?> type) {
        String where = "unknown location";
        try {
            CodeSource cs = type.getProtectionDomain().getCodeSource();
            URL url = cs == null ? null : cs.getLocation();
            if (url != null) {
                String path = url.getPath();
                where = path.endsWith("/") ? path : path.substring(path.lastIndexOf('/') + 1);
            }
        } catch (SecurityException ignored) {
            // Leave the location unknown; the class name still identifies the provider.
        }
        return type.getName() + " in " + where;
    }

    /** The most specific message in a cause chain, e.g. the constructor's own message. */
    static String rootMessage(Throwable t) {
        if (t instanceof StackOverflowError) {
            return "it called itself without end (StackOverflowError)";
        }
        Throwable deepest = t;
        while (deepest.getCause() != null && deepest.getCause() != deepest) {
            deepest = deepest.getCause();
        }
        String msg = deepest.getMessage();
        String type = deepest.getClass().getSimpleName();
        if (deepest == t) {
            return msg == null ? type : msg;
        }
        return (msg == null ? type : type + ": " + msg) + " (" + t.getMessage() + ")";
    }

    /**
     * The service file that lists {@code entry}, and the jar or folder it is in: where a registration
     * naming a class that is not there comes from.
     */
    private static String registration(Class<?> service, String entry, ClassLoader loader) {
        String file = "META-INF/services/" + service.getName();
        try {
            for (URL url : Collections.list(loader.getResources(file))) {
                if (lists(url, entry)) {
                    String text = url.toString();
                    String jar = text.substring(0, text.length() - file.length());
                    jar = jar.startsWith("jar:") ? jar.substring(4, jar.length() - 2) : jar;
                    return "service registration " + file + " in " + jar.substring(jar.lastIndexOf('/', jar.length() - 2) + 1);
                }
            }
        } catch (IOException | RuntimeException e) {
            // Fall through: the entry's name still says which provider it was.
        }
        return "service registration " + file;
    }

    private static boolean lists(URL serviceFile, String entry) throws IOException {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(serviceFile.openStream(),
                StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                int hash = line.indexOf('#');
                if ((hash >= 0 ? line.substring(0, hash) : line).strip().equals(entry)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** ServiceLoader names the bad entry in its message, "Service: Provider X not found"; take X. */
    private static String entryName(Throwable t) {
        String msg = t.getMessage() == null ? "" : t.getMessage();
        int i = msg.indexOf("Provider ");
        if (t instanceof ServiceConfigurationError && i >= 0) {
            String rest = msg.substring(i + "Provider ".length());
            int space = rest.indexOf(' ');
            return space > 0 ? rest.substring(0, space) : rest;
        }
        return "unknown provider";
    }
}
