package dev.careerfit.cli;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Work on many threads, results in input order: the calling thread reads the next piece of input, hands it to
 * one of {@code threads} threads, and passes finished results on in the order their input came, never holding
 * more than {@code ahead} pieces in flight. So memory stays flat however long the input, every core works, and
 * the same input gives the same output.
 */
final class OrderedWork {
    private OrderedWork() {}

    /** What is done with each result, in input order, on the calling thread. */
    @FunctionalInterface
    interface Sink<O> {
        void accept(O result) throws Exception;
    }

    static <I, O> void run(Iterator<I> input, Function<I, O> work, Sink<O> sink, int threads, int ahead)
            throws Exception {
        AtomicInteger made = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread t = new Thread(task, "careerfit-batch-" + made.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        ArrayDeque<Future<O>> inFlight = new ArrayDeque<>(ahead);
        try {
            while (input.hasNext()) {
                if (inFlight.size() >= ahead) {
                    sink.accept(result(inFlight.poll()));
                }
                I piece = input.next();
                inFlight.add(pool.submit(() -> work.apply(piece)));
            }
            while (!inFlight.isEmpty()) {
                sink.accept(result(inFlight.poll()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** The result, or what the work threw, as it was thrown. */
    private static <O> O result(Future<O> future) throws Exception {
        try {
            return future.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception ex) {
                throw ex;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }
}
