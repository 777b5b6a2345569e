package org.accord.indicator;

import java.io.IOException;

/**
 * The records of an import body, one at a time, never the whole body: lines ({@link LineSource}) or the
 * objects of a STIX bundle ({@link StixSource}). The importer treats both alike: a record gives indicators
 * and context, or is an error of its own that names it by {@link #number()}.
 */
interface RecordSource {

    /** Advances to the next record; false at the end of the body. */
    boolean next() throws IOException;

    /** The record's number as errors name it: a line number from 1, an object's index in {@code objects}. */
    long number();

    /** What the current record holds; a {@link LineParser.BadLine} says why it is invalid. */
    ImportRecord read() throws LineParser.BadLine;
}
