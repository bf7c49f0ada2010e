package dev.careerfit.catalog;

import dev.careerfit.CareerfitException;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs a provider's code while the catalog loads on a worker thread, within a time limit, so that a
 * provider that hangs is reported and skipped instead of hanging the program. A worker that did not
 * come back is abandoned (interrupted, a daemon thread) and the next call gets a new one. Without a limit
 * ({@code null}: {@link CareerCatalog.Builder#withoutProviderTimeout()}) the calls run on the caller's thread.
 */
final class ProviderCalls implements AutoCloseable {
    private final Duration limit;
    private final ClassLoader loader;
    private ExecutorService worker;

    ProviderCalls(Duration limit, ClassLoader loader) {
        this.limit = limit;
        this.loader = loader;
    }

    /** Thrown when a provider's method did not return within the limit. */
    static final class TimedOut extends CareerfitException {
        private static final long serialVersionUID = 1L;

        TimedOut(String what, Duration limit) {
            super(what + " did not return within " + describe(limit) + ", so the provider is skipped (raise the limit "
                    + "with CareerCatalog.Builder.providerTimeout)");
        }
    }

    /**
     * {@code task}'s result, or what it threw, as it threw it.
     *
     * @param what the method called, for the message when it takes too long, e.g. {@code open()}
     * @throws TimedOut when it did not return within the limit
     */
    <T> T call(String what, Callable<T> task) throws Throwable {
        if (limit == null) {
            return onThisThread(task);
        }
        if (worker == null) {
            worker = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "careerfit-provider-loader");
                t.setDaemon(true);
                t.setContextClassLoader(loader);
                return t;
            });
        }
        Future<T> result = worker.submit(task);
        try {
            return result.get(limit.toNanos(), TimeUnit.NANOSECONDS);
        } catch (ExecutionException e) {
            throw e.getCause();
        } catch (TimeoutException e) {
            result.cancel(true);
            worker.shutdownNow();
            worker = null;
            throw new TimedOut(what, limit);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            result.cancel(true);
            throw new CareerfitException("interrupted while the catalog called " + what, e);
        }
    }

    /** {@code task} run here, with the providers' class loader as the context class loader, as the worker has it. */
    private <T> T onThisThread(Callable<T> task) throws Exception {
        Thread current = Thread.currentThread();
        ClassLoader before = current.getContextClassLoader();
        current.setContextClassLoader(loader);
        try {
            return task.call();
        } finally {
            current.setContextClassLoader(before);
        }
    }

    @Override
    public void close() {
        if (worker != null) {
            worker.shutdown();
            worker = null;
        }
    }

    /** {@code 30 s}, {@code 250 ms}. */
    static String describe(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }
}
