package org.accord.cooperation;

/**
 * A report a request is about, as the caller may see it: the reference, TLP and status always (they
 * are part of the request both sides agreed on); the title only while the caller may read the report.
 */
public record LinkedReport(String reference, String title, String tlp, String status, boolean visible) {
}
