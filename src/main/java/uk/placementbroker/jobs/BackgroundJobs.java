package uk.placementbroker.jobs;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.security.task.DelegatingSecurityContextAsyncTaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** The one way to run work in the background: pools of workers, and records written apart from the work's own transaction. */
@Component
public class BackgroundJobs implements DisposableBean {

    /** A job that has not reported for this long was stopped: the instance running it went away. */
    public static final Duration STOPPED_AFTER = Duration.ofMinutes(5);

    private static final Logger log = LoggerFactory.getLogger(BackgroundJobs.class);

    /** A job's work, which may throw. */
    @FunctionalInterface
    public interface Work {
        void run() throws Exception;
    }

    private final TransactionTemplate separately;
    private final List<ThreadPoolTaskExecutor> pools = new CopyOnWriteArrayList<>();

    BackgroundJobs(PlatformTransactionManager transactions) {
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * A pool of {@code size} workers, with up to {@code queued} jobs waiting; it finishes what it is
     * doing (for up to a minute) when the application stops.
     */
    public Workers workers(String name, int size, int queued) {
        ThreadPoolTaskExecutor pool = new ThreadPoolTaskExecutor();
        pool.setCorePoolSize(size);
        pool.setMaxPoolSize(size);
        pool.setQueueCapacity(queued);
        pool.setThreadNamePrefix(name + "-");
        pool.setWaitForTasksToCompleteOnShutdown(true);
        pool.setAwaitTerminationSeconds(60);
        pool.initialize();
        pools.add(pool);
        return new Workers(new DelegatingSecurityContextAsyncTaskExecutor(pool));
    }

    /**
     * Writes progress or an outcome in a transaction of its own: every instance sees it at once, and it
     * stays whatever becomes of the job's own transaction.
     */
    public void record(Runnable write) {
        separately.executeWithoutResult(status -> write.run());
    }

    /** Whether a job still running, last heard of at {@code lastReport}, has in fact stopped. */
    public static boolean stopped(Instant lastReport, Instant now) {
        return lastReport.isBefore(now.minus(STOPPED_AFTER));
    }

    @Override
    public void destroy() {
        pools.forEach(ThreadPoolTaskExecutor::shutdown);
    }

    /** A pool's workers. */
    public final class Workers {

        private final AsyncTaskExecutor executor;

        private Workers(AsyncTaskExecutor executor) {
            this.executor = executor;
        }

        /**
         * Runs the work as the person signed in now. Whatever it throws is logged and handed to
         * {@code failed}, which runs in a transaction of its own, to record the failure where the job's page reads it.
         */
        public void start(String what, Work work, Consumer<Exception> failed) {
            executor.execute(() -> {
                try {
                    work.run();
                } catch (Exception e) {
                    log.error("{} failed", what, e);
                    record(() -> failed.accept(e));
                }
            });
        }
    }
}
