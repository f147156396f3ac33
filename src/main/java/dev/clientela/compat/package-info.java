/** What every compatibility profile shares: its base path, error table, field names and refusals. */
package dev.clientela.compat;
