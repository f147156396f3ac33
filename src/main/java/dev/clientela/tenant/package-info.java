/** Tenants, their API keys and roles, and the tenant a request acts for. */
package dev.clientela.tenant;
