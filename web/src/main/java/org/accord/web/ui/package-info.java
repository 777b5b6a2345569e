/**
 * What every Faces page shares: who is signed in, how times are shown, how a service's field errors
 * reach the fields of a form, and the one mapping of business refusals to the 403 and 404 pages.
 */
package org.accord.web.ui;
