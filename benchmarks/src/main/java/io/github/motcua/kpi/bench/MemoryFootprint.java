package io.github.motcua.kpi.bench;

import io.github.motcua.kpi.model.Dossier;
import io.github.motcua.kpi.tally.DossierColumns;
import io.github.motcua.kpi.tally.ProcedureCatalogue;
import java.lang.ref.Reference;
import java.util.List;

/**
 * Heap used per dossier after a full GC: the library's columnar batch, and {@code List<Dossier>}
 * for comparison. Usage: {@code java -Xmx16g -cp benchmarks.jar
 * io.github.motcua.kpi.bench.MemoryFootprint [dossiers] [objectDossiers]} (defaults 10,000,000
 * and 1,000,000). Prints lines {@code columns: … B/dossier} and {@code dossiers: … B/dossier}.
 */
public final class MemoryFootprint {
  private MemoryFootprint() {}

  public static void main(String[] args) throws InterruptedException {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000_000;
    int objects = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
    ProcedureCatalogue catalogue = BenchData.catalogue();

    RawDossiers raw = BenchData.raw(catalogue, n);
    long before = used();
    DossierColumns columns = BenchData.columns(catalogue, raw);
    long after = used();
    System.out.printf("columns: %.1f B/dossier (%d dossiers, %d bytes)%n", (after - before) / (double) n, n, after - before);
    Reference.reachabilityFence(columns);
    columns = null;
    raw = null;

    RawDossiers small = BenchData.raw(catalogue, objects);
    before = used();
    List<Dossier> list = BenchData.dossiers(catalogue, small);
    after = used();
    System.out.printf(
        "dossiers: %.1f B/dossier (%d dossiers, %d bytes)%n", (after - before) / (double) objects, objects, after - before);
    Reference.reachabilityFence(list);
    Reference.reachabilityFence(small);
  }

  private static long used() throws InterruptedException {
    Runtime rt = Runtime.getRuntime();
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      System.gc();
      Thread.sleep(50);
      used = Math.min(used, rt.totalMemory() - rt.freeMemory());
    }
    return used;
  }
}
