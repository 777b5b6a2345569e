/**
 * One exchange log entry and its canonical, hash-stable encoding: RFC 8785 (JCS) JSON of the entry's
 * fields, UTF-8, whose RFC 9162 leaf hash {@code SHA-256(0x00 || bytes)} is the entry's leaf in the
 * log's Merkle tree. The format is specified in {@code docs/exchange-log-format.md}.
 */
package org.accord.exchangelog.entry;
