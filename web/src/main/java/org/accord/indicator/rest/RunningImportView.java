package org.accord.indicator.rest;

import java.time.Instant;
import org.accord.indicator.ImportJobs;

/** An import still running: lines read so far (every 16384), the declared body size, whether cancelled. */
public record RunningImportView(String id, String report, String user, Instant startedAt, long linesRead,
        long declaredBytes, boolean cancelled) {

    public static RunningImportView of(ImportJobs.Job job) {
        return new RunningImportView(job.id(), job.report(), job.user(), job.startedAt(), job.linesRead(),
                job.declaredBytes(), job.cancelled());
    }
}
