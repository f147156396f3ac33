/** The compatibility profile of the Peruvian e-invoicing system's client API, over the client registry. */
package dev.clientela.compat.facturacion;
