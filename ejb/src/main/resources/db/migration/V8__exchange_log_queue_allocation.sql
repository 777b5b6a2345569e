-- Queue ids in blocks of 1000 instead of 50 (QueuedEntry's allocationSize follows). Every read of
-- another country's data appends an entry; when EclipseLink's block of ids runs out, the thread that
-- fetches the next block holds a lock that every other appender waits on, in a timed-wait loop that
-- burns CPU (bench/run E2 profile: 16% of the portal's CPU samples at 50). Ids stay unique; they only
-- leave larger gaps, which nothing depends on (positions are the log's seq, not ids).
alter sequence log_queue_seq increment by 1000;
-- EclipseLink takes the value it fetches as the last id of its block (value - 999 .. value): on a new
-- database the first value would be the sequence's start, 50, and the block would begin below 1
-- (EclipseLink refuses it). Taking one value here leaves 50 used, so the first block is 51 .. 1050;
-- on a database in use it only skips a block, never reusing an id.
select nextval('log_queue_seq');
