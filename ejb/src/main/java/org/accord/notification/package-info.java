/**
 * Notifications for a country's 24/7 contact (docs/cooperation-requests.md, "Overdue"): a record the
 * UI and API show; delivery by e-mail can come later.
 */
package org.accord.notification;
