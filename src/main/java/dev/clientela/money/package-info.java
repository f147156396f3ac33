/** Amounts of money: the one place they are scaled to the cent and bounded by what is stored. Pure Java. */
package dev.clientela.money;
