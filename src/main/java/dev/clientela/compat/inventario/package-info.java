/** The inventory app's customers profile (Colombia): {@code /api/clientes} under {@code /compat/inventario}. */
package dev.clientela.compat.inventario;
