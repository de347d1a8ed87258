package uk.placementbroker.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.atomic.AtomicLong;

/** The most heap in use while something runs, sampled every 50 ms from after a collection. */
final class PeakHeap implements AutoCloseable {

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final AtomicLong peak = new AtomicLong();
    private final long before;
    private final Thread sampler;

    PeakHeap() {
        System.gc();
        before = memory.getHeapMemoryUsage().getUsed();
        sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(50);
                } catch (InterruptedException stop) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
    }

    long before() {
        return before;
    }

    long peak() {
        return peak.get();
    }

    /** Stops sampling; the peak stays readable. */
    @Override
    public void close() {
        sampler.interrupt();
    }
}
