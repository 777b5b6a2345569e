/**
 * The one way to write an audit record of a country's own actions: who did what to which object, in
 * the transaction of the action itself. Cross-border actions and refusals go to the tamper-evident
 * exchange log ({@code org.accord.exchangelog}).
 */
package org.accord.audit;
