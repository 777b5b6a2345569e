package org.accord.indicator;

/** How a running import reports progress and learns that it was cancelled (it then throws, rolling back). */
interface ImportControl {

    /** Called every few thousand lines; throws {@link ImportCancelledException} once cancelled. */
    void progress(long linesRead);

    ImportControl NONE = lines -> {
    };
}
