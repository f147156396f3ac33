/** Import jobs that bring a business's clients in from a file, row by row under the API's rules, and exports. */
package dev.clientela.imports;
