/** Events written with the changes they describe, their feed, webhook endpoints and the dispatcher that delivers to them. */
package dev.clientela.events;
