/** Bills paid in cash or in installments, and the payment plans that installments create. */
package dev.clientela.credit;
