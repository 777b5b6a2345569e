/**
 * The exchange log page: the log entries the caller may see, filtered from the URL, the latest
 * signed tree head with the portal's public key, and, for auditors, "verify now". Backing beans call
 * {@link org.accord.exchangelog.ExchangeLogService} and read the country list, nothing else.
 */
package org.accord.exchangelog.ui;
