/**
 * The profile of GeoTareas' client API (Uruguayan field service): its routes, {@code tenant}
 * header, write rate limit, DGI document codes and {@code {success, data, meta}} envelope, over the
 * canonical client use cases.
 */
package dev.clientela.compat.geotareas;
