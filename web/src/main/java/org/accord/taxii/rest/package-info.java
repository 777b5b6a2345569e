/** The TAXII 2.1 edge (docs/taxii.md): discovery, the API root, collections, objects and manifest. */
package org.accord.taxii.rest;
