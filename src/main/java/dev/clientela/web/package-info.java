/** HTTP conventions shared by every feature: problem responses, error codes, request ids, request limits. */
package dev.clientela.web;
