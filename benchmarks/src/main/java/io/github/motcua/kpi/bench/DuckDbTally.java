package io.github.motcua.kpi.bench;

import io.github.motcua.kpi.tally.ProcedureCatalogue;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * The same counters from an in-memory DuckDB table, with {@code COUNT(*) FILTER (WHERE …)} and
 * {@code COUNT(DISTINCT …) FILTER (WHERE …)} grouped by agency: what a user reaching for an embedded
 * analytical engine writes. Days are integers (epoch days) and missing days NULL.
 */
public final class DuckDbTally implements AutoCloseable {
  private final Connection connection;
  private final PreparedStatement query;
  private final List<String> agencyCodes;

  public DuckDbTally(
      ProcedureCatalogue catalogue, List<String> agencyCodes, RawDossiers r, LocalDate from, LocalDate to, LocalDate asOf)
      throws SQLException {
    this.agencyCodes = agencyCodes;
    try {
      Class.forName("org.duckdb.DuckDBDriver");
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
    connection = DriverManager.getConnection("jdbc:duckdb:");
    try (Statement s = connection.createStatement()) {
      s.execute(
          "CREATE TABLE dossiers (agency INTEGER, procedure INTEGER, level TINYINT, channel TINYINT,"
              + " received INTEGER, due INTEGER, finished INTEGER, returned INTEGER,"
              + " not_accepted BOOLEAN, by_post BOOLEAN, fee BOOLEAN, paid BOOLEAN,"
              + " digitised BOOLEAN, apology BOOLEAN)");
    }
    try (DuckDBAppender a = ((DuckDBConnection) connection).createAppender("main", "dossiers")) {
      for (int i = 0; i < r.size; i++) {
        a.beginRow();
        a.append(r.agency[i]);
        a.append(r.procedure[i]);
        a.append(r.level[i]);
        a.append(r.channel[i]);
        a.append(r.received[i]);
        day(a, r.due[i]);
        day(a, r.finished[i]);
        day(a, r.returned[i]);
        a.append(r.notAccepted(i));
        a.append(r.byPost[i]);
        a.append(r.fee[i]);
        a.append(r.paid[i]);
        a.append(r.digitised[i]);
        a.append(r.apology[i]);
        a.endRow();
      }
    }
    query = connection.prepareStatement(sql(from, to, asOf));
  }

  private static void day(DuckDBAppender a, int day) throws SQLException {
    if (day == RawDossiers.NONE) {
      a.appendNull();
    } else {
      a.append(day);
    }
  }

  /** The query: one row per agency, the columns of {@link Counts#COMPARED} in order. */
  static String sql(LocalDate from, LocalDate to, LocalDate asOf) {
    long s = from.toEpochDay();
    long e = Math.min(to.toEpochDay(), asOf.toEpochDay());
    String rows =
        "SELECT *, NOT not_accepted AS ok,"
            + " received BETWEEN " + s + " AND " + e + " AS rec_in,"
            + " coalesce(finished BETWEEN " + s + " AND " + e + ", false) AS fin_in,"
            + " coalesce(returned BETWEEN " + s + " AND " + e + ", false) AS ret_in,"
            + " channel IN (1, 3) AS online,"
            + " received <= " + e + " AND (finished IS NULL OR finished > " + e + ") AS open"
            + " FROM dossiers";
    String openOverdue = "ok AND open AND due < " + e;
    String late = "ok AND fin_in AND finished > due";
    return "WITH d AS (" + rows + ") SELECT agency,"
        + " count(*) FILTER (WHERE ok AND rec_in AND level = 3 AND online),"
        + " count(*) FILTER (WHERE ok AND rec_in AND level = 3),"
        + " count(*) FILTER (WHERE ok AND rec_in AND level = 4 AND online),"
        + " count(*) FILTER (WHERE ok AND rec_in AND level = 4),"
        + " count(*) FILTER (WHERE ok AND rec_in),"
        + " count(*) FILTER (WHERE ok AND rec_in AND channel = 2),"
        + " count(*) FILTER (WHERE ok AND ret_in),"
        + " count(*) FILTER (WHERE ok AND ret_in AND by_post),"
        + " count(*) FILTER (WHERE ok AND fin_in),"
        + " count(*) FILTER (WHERE ok AND fin_in AND (due IS NULL OR finished <= due)),"
        + " count(*) FILTER (WHERE " + late + ") + count(*) FILTER (WHERE " + openOverdue + "),"
        + " count(*) FILTER (WHERE " + late + " AND apology)"
        + "   + count(*) FILTER (WHERE " + openOverdue + " AND apology),"
        + " count(*) FILTER (WHERE ok AND rec_in AND fee),"
        + " count(*) FILTER (WHERE ok AND rec_in AND fee AND paid),"
        + " count(*) FILTER (WHERE ok AND rec_in AND digitised),"
        + " count(*),"
        + " count(*) FILTER (WHERE (not_accepted AND NOT rec_in)"
        + "   OR (ok AND NOT (rec_in OR fin_in OR ret_in OR open))),"
        + " count(*) FILTER (WHERE not_accepted AND rec_in),"
        + " count(*) FILTER (WHERE ok AND rec_in AND due IS NULL),"
        + " count(*) FILTER (WHERE ok AND fin_in AND finished < due),"
        + " count(*) FILTER (WHERE " + late + "),"
        + " count(*) FILTER (WHERE ok AND open AND (due IS NULL OR due >= " + e + ")),"
        + " count(*) FILTER (WHERE ok AND open AND due >= " + e + " AND due <= " + (e + 1) + "),"
        + " count(*) FILTER (WHERE " + openOverdue + "),"
        + " count(DISTINCT procedure) FILTER (WHERE ok AND (rec_in OR fin_in OR ret_in OR open)),"
        + " count(DISTINCT procedure) FILTER (WHERE ok AND rec_in AND online AND level >= 3),"
        + " count(DISTINCT procedure) FILTER (WHERE ok AND ((rec_in AND (channel = 2 OR by_post))"
        + "   OR (ret_in AND by_post)))"
        + " FROM d GROUP BY agency";
  }

  /** Runs the query. */
  public Map<String, long[]> count() throws SQLException {
    Map<String, long[]> out = new TreeMap<>();
    try (ResultSet rs = query.executeQuery()) {
      while (rs.next()) {
        long[] values = new long[Counts.SIZE];
        for (int k = 0; k < Counts.SIZE; k++) {
          values[k] = rs.getLong(k + 2);
        }
        out.put(agencyCodes.get(rs.getInt(1)), values);
      }
    }
    return out;
  }

  @Override
  public void close() throws SQLException {
    query.close();
    connection.close();
  }
}
