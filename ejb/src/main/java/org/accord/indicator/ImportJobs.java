package org.accord.indicator;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Imports running on this node, for progress and cancellation (docs/indicators.md, "Progress"). An import
 * is one transaction, so cancelling makes it throw at its next progress report and roll back: nothing of
 * it stays. Only the node that runs an import knows it (a cluster routes the progress call by stickiness).
 */
@ApplicationScoped
public class ImportJobs {

    /** One running import; {@code linesRead} advances every 16384 lines. */
    public static final class Job implements ImportControl {
        private final String id = UUID.randomUUID().toString();
        private final String report;
        private final String country;
        private final String user;
        private final long declaredBytes;
        private final Instant startedAt = Instant.now();
        private volatile long linesRead;
        private volatile boolean cancelled;

        Job(String report, String country, String user, long declaredBytes) {
            this.report = report;
            this.country = country;
            this.user = user;
            this.declaredBytes = declaredBytes;
        }

        @Override
        public void progress(long lines) {
            linesRead = lines;
            if (cancelled) {
                throw new ImportCancelledException("Import " + id + " into " + report + " was cancelled;"
                        + " nothing was imported");
            }
        }

        boolean cancel() {
            cancelled = true;
            return true;
        }

        public String id() {
            return id;
        }

        public String report() {
            return report;
        }

        public String country() {
            return country;
        }

        public String user() {
            return user;
        }

        public long declaredBytes() {
            return declaredBytes;
        }

        public Instant startedAt() {
            return startedAt;
        }

        public long linesRead() {
            return linesRead;
        }

        public boolean cancelled() {
            return cancelled;
        }
    }

    private final Map<String, Job> running = new ConcurrentHashMap<>();

    Job start(String report, String country, String user, long declaredBytes) {
        Job job = new Job(report, country, user, declaredBytes);
        running.put(job.id(), job);
        return job;
    }

    void finish(Job job) {
        running.remove(job.id());
    }

    Optional<Job> find(String id) {
        return Optional.ofNullable(running.get(id));
    }

    List<Job> ofReport(String report) {
        return running.values().stream().filter(j -> j.report().equals(report)).toList();
    }
}
