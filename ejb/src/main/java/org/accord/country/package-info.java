/**
 * Countries are the tenants: a national CERT with its contacts, time zone and declared
 * constituency (IP prefixes, AS numbers, domain suffixes). Admins manage them; everyone reads them.
 */
package org.accord.country;
