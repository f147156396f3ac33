/** The client record: registering, finding, updating, archiving, deleting and restoring clients. */
package dev.clientela.client;
