package org.accord.cooperation;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.accord.scheduling.Job;
import org.accord.scheduling.ScheduledJobs;

/**
 * Runs the overdue sweep every 15 seconds, on one node of a cluster per run (a non-persistent timer: a missed
 * run is simply the next one).
 */
@Singleton
public class RequestDeadlineJob {

    private static final Logger LOG = Logger.getLogger(RequestDeadlineJob.class.getName());

    @Inject
    RequestDeadlines deadlines;

    @Inject
    ScheduledJobs jobs;

    @Schedule(hour = "*", minute = "*", second = "*/15", persistent = false)
    void sweep() {
        try {
            if (!jobs.claim(Job.REQUEST_DEADLINES)) {
                return;
            }
            int changed = deadlines.sweep();
            if (changed > 0) {
                LOG.fine(() -> "deadline sweep changed " + changed + " requests");
            }
        } catch (RuntimeException e) {
            // the sweep's transaction rolled back; the next run retries the same requests
            LOG.log(Level.WARNING, "deadline sweep failed; retrying at the next run", e);
        }
    }
}
