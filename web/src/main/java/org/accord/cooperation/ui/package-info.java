/** The liaison's inbox, the request page and the new-request form (docs/cooperation-requests.md). */
package org.accord.cooperation.ui;
