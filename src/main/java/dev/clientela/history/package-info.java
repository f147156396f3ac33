/** A client's history: the client with its recent sales, quotations, invoices and open payment plan. */
package dev.clientela.history;
