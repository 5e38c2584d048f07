package io.github.motcua.kpi.cli.input;

import io.github.motcua.kpi.model.Agency;
import io.github.motcua.kpi.tally.Tally;

/**
 * One row of an aggregate-figures file: an agency and its reported counters.
 *
 * @param agency the agency
 * @param tally its counters; a column left out is not reported
 */
public record AgencyTally(Agency agency, Tally tally) {}
