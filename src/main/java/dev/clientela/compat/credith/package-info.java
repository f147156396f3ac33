/** The Credith profile: Honduras credit sales' clients, payment plans and bills, under {@code /compat/credith}. */
package dev.clientela.compat.credith;
