package org.accord.indicator.rest;

import java.time.Instant;
import org.accord.indicator.ImportJob;
import org.accord.indicator.ImportProgress;

/**
 * An import job: its state (running, committed, rejected, cancelled, failed, interrupted), how far it has read
 * (lines and bytes, updated every 16,384 lines) of how much (the declared body size, -1 when not declared), and,
 * once committed, the committed import's id ({@code GET /api/imports/{import}}).
 */
public record ImportJobView(String id, String report, String user, String format, String state, Instant startedAt,
        Instant lastProgressAt, long linesRead, long bytesRead, long declaredBytes, Integer percent,
        boolean cancelRequested, Long importId, String detail) {

    public static ImportJobView of(ImportProgress progress) {
        ImportJob job = progress.job();
        Integer percent = job.getDeclaredBytes() > 0
                ? (int) Math.min(100, job.getBytesRead() * 100 / job.getDeclaredBytes()) : null;
        return new ImportJobView(job.getId(), job.getReportReference(), job.getUser(), job.getFormat(),
                progress.state(), job.getStartedAt(), job.getHeartbeatAt(), job.getLinesRead(), job.getBytesRead(),
                job.getDeclaredBytes(), percent, job.isCancelRequested(), progress.importId(), job.getDetail());
    }
}
