/**
 * The evidence pages: the evidence section and upload form of a report page, the evidence page with hash,
 * shares and custody, and the servlet through which the pages upload (with progress) and download.
 */
package org.accord.evidence.ui;
