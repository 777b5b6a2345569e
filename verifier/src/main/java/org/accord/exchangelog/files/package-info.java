/**
 * The files a country downloads to verify the exchange log offline, as the portal serves them and
 * {@code VerifyLog} reads them: {@code entries.jsonl}, {@code tree-heads.json}, {@code public-key.pem}
 * and, optionally, {@code consistency.json}. Specified in {@code docs/exchange-log-format.md}.
 */
package org.accord.exchangelog.files;
