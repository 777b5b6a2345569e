/**
 * The agreement pages: the list of the caller's agreements, one agreement with the steps its status
 * and the caller's role allow, and the proposal form (new, or a new version). Backing beans call
 * {@link org.accord.agreement.AgreementService} and nothing else for agreements.
 */
package org.accord.agreement.ui;
