/**
 * The little JSON the exchange log needs, with no dependency: a strict pull parser over UTF-8 bytes
 * (RFC 8259) that is fast enough for a million entry lines, a generic reader on top of it, and the
 * writer of canonical JSON (RFC 8785, JCS) for strings and integers, whose bytes are what the log hashes.
 */
package org.accord.exchangelog.json;
