/** Sales, quotations and invoices, linked to clients by id. */
package dev.clientela.sales;
