/**
 * Text as people type and paste it, for every form at once: no-break spaces, tabs and spaces around a value folded
 * before the checks, blank taken as no value, passwords kept as typed.
 */
package be.actraject.web.text;
