/** The countries page: every country taking part in Accord, its CERT and the size of its constituency. */
package org.accord.country.ui;
