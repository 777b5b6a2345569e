/**
 * The incident report pages: the dashboard of the caller's country, the report form (new and edit)
 * and the report page with its status actions and history. Backing beans call
 * {@link org.accord.incident.IncidentReportService} and nothing else.
 */
package org.accord.incident.ui;
