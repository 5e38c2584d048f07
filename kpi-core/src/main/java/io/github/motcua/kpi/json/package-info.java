/** JSON for the library's values, through one configured Jackson {@code ObjectMapper}. */
package io.github.motcua.kpi.json;
