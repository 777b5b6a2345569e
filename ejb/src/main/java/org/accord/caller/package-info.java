/**
 * Who is calling: the user, their realm roles and their country (the tenant), read once per
 * request from the access token, and the one policy that decides which country's data they reach.
 */
package org.accord.caller;
