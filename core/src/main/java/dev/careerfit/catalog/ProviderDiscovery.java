package dev.careerfit.catalog;

import dev.careerfit.Problem;
import dev.careerfit.spi.CareerDataProvider;
import dev.careerfit.spi.CareerDataProviderFactory;
import java.net.URL;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * Finds providers with {@link ServiceLoader}, surviving broken ones: both {@code hasNext()} and
 * {@code next()} are guarded, every failure is recorded with the class and jar it came from, and
 * only {@link VirtualMachineError}s escape.
 */
final class ProviderDiscovery {
    /** ServiceLoader skips a broken entry after reporting it; this bounds the loop should it not. */
    private static final int MAX_CONSECUTIVE_FAILURES = 1000;

    /** A provider instance and where it came from. */
    record Candidate(CareerDataProvider provider, String origin) {}

    private ProviderDiscovery() {}

    static void discover(ClassLoader loader, List<Candidate> found, List<ProviderFailure> failures) {
        for (ServiceLoader.Provider<CareerDataProvider> p : guardedProviders(
                ServiceLoader.load(CareerDataProvider.class, loader), failures)) {
            String origin = origin(p.type());
            try {
                found.add(new Candidate(p.get(), origin));
            } catch (Throwable t) {
                rethrowIfFatal(t);
                failures.add(failure(p.type().getName(), origin, t));
            }
        }
        for (ServiceLoader.Provider<CareerDataProviderFactory> p : guardedProviders(
                ServiceLoader.load(CareerDataProviderFactory.class, loader), failures)) {
            String origin = origin(p.type());
            try {
                CareerDataProviderFactory factory = p.get();
                for (CareerDataProvider provider : factory.createProviders(loader)) {
                    found.add(new Candidate(provider, provider + " via " + factory.name() + " (" + origin + ")"));
                }
            } catch (Throwable t) {
                rethrowIfFatal(t);
                failures.add(failure(p.type().getName(), origin, t));
            }
        }
    }

    private static <S> List<ServiceLoader.Provider<S>> guardedProviders(ServiceLoader<S> loader,
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
                failures.add(failure(entryName(t), "service registration", t));
            }
        }
        return result;
    }

    static ProviderFailure failure(String provider, String origin, Throwable t) {
        return new ProviderFailure(provider, origin, ProviderFailure.Stage.INSTANTIATION,
                List.of(new Problem(provider, rootMessage(t))), t);
    }

    static void rethrowIfFatal(Throwable t) {
        if (t instanceof VirtualMachineError vme) {
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
