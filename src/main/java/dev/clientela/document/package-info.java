/** Identity and tax documents of Latin America: each country's types, how their numbers are written, checked and shown. */
package dev.clientela.document;
