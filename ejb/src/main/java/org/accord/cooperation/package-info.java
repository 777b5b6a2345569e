/**
 * Cooperation requests between countries (docs/cooperation-requests.md): sending under an agreement,
 * the state machine, the thread, deadlines in the responder's calendar, overdue escalation, and the
 * read-only view of linked reports the requested country gets.
 */
package org.accord.cooperation;
