/** The pages' side of indicators: the report page's indicator and routing sections, the import transfer. */
package org.accord.indicator.ui;
