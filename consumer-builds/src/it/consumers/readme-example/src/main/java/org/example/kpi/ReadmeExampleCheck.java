package org.example.kpi;

import com.fasterxml.jackson.databind.cfg.PackageVersion;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Runs the README's example and checks it prints what the README says, on the Jackson version the
 * build expects (system property {@code expected.jackson}): the one the Spring Boot BOM manages.
 */
public final class ReadmeExampleCheck {
  public static void main(String[] args) {
    PrintStream out = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      ReadmeExample.main(args);
    } finally {
      System.setOut(out);
    }
    String printed = captured.toString(StandardCharsets.UTF_8);
    String first = printed.lines().findFirst().orElse("");
    require(first.equals("11.54 % → 0.58"), "the README example printed '" + first + "', not '11.54 % → 0.58'");
    require(printed.contains("\"rule\" : \"qt1501.online-rate-points\""), "no rule in the report's JSON:\n" + printed);
    String jackson = PackageVersion.VERSION.toString();
    String expected = System.getProperty("expected.jackson");
    require(jackson.equals(expected), "ran on Jackson " + jackson + ", expected " + expected);
    out.println("README example printed '" + first + "' on Jackson " + jackson);
  }

  private static void require(boolean ok, String message) {
    if (!ok) {
      throw new AssertionError(message);
    }
  }
}
