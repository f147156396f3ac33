/** Tenants, their API keys and roles, the tenant a request acts for, rate limits and the clock. */
package dev.clientela.tenant;
