package uk.placementbroker.jobs;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.security.task.DelegatingSecurityContextAsyncTaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** The one way to run work in the background: pools of workers, and records written apart from the work's own transaction. */
@Component
public class BackgroundJobs implements DisposableBean {

    /** An instance not heard from for this long is gone, and the jobs it was running with it. */
    public static final Duration GONE_AFTER = Duration.ofSeconds(20);

    private static final Logger log = LoggerFactory.getLogger(BackgroundJobs.class);

    /** A job's work, which may throw. */
    @FunctionalInterface
    public interface Work {
        void run() throws Exception;
    }

    private final TransactionTemplate separately;
    private final JdbcClient jdbc;
    private final UUID instance = UUID.randomUUID();
    private final List<ThreadPoolTaskExecutor> pools = new CopyOnWriteArrayList<>();

    BackgroundJobs(PlatformTransactionManager transactions, JdbcClient jdbc) {
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.jdbc = jdbc;
    }

    /** This instance, as a job's row names the instance running it. */
    public UUID instance() {
        return instance;
    }

    /**
     * An SQL condition: the job whose row names its instance in {@code instanceColumn} runs on an instance that
     * is gone (killed, or stopped before the job finished).
     */
    public static String instanceGone(String instanceColumn) {
        return "not exists (select 1 from jobs_instance i where i.id = " + instanceColumn
                + " and i.heartbeat_at > now() - make_interval(secs => " + GONE_AFTER.toSeconds() + "))";
    }

    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(fixedDelayString = "${placementbroker.jobs.heartbeat-every:PT5S}")
    public void heartbeat() {
        record(() -> {
            jdbc.sql("""
                    insert into jobs_instance (id) values (?)
                    on conflict (id) do update set heartbeat_at = now()
                    """).param(instance).update();
            jdbc.sql("delete from jobs_instance where heartbeat_at < now() - interval '1 day'")
                    .update();
        });
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

    /** Finishes what the workers are doing (for up to a minute each), then says this instance is gone. */
    @Override
    public void destroy() {
        pools.forEach(ThreadPoolTaskExecutor::shutdown);
        try {
            jdbc.sql("delete from jobs_instance where id = ?").param(instance).update();
        } catch (RuntimeException e) {
            log.warn(
                    "Could not say this instance is stopping; its jobs show as stopped within {} s",
                    GONE_AFTER.toSeconds());
        }
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
