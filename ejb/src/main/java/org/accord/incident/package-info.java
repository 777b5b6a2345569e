/**
 * Incident reports: a country's record of one incident, classified by the Reference Security
 * Incident Taxonomy, labelled with TLP 2.0, following the NIS2 (Art. 23) reporting clock, with every
 * version kept.
 */
package org.accord.incident;
