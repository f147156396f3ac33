/** The database: the embedded PostgreSQL started when no other is configured, and the data source. */
package dev.clientela.db;
