/**
 * The profile of La Oficina Nítida's billing customers: its NestJS routes, camelCase customers,
 * NITs without their check digit and NestJS error bodies, over the canonical client use cases.
 */
package dev.clientela.compat.oficina;
