/**
 * TAXII 2.1 read access for partner tools (docs/taxii.md): one collection per partner country that sent the caller's
 * country requests carrying indicators, its objects and manifest in keyset pages.
 */
package org.accord.taxii;
