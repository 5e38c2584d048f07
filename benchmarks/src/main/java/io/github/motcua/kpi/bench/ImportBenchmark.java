package io.github.motcua.kpi.bench;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.github.motcua.kpi.io.DossierReader;
import io.github.motcua.kpi.model.Dossier;
import io.github.motcua.kpi.tally.DossierColumns;
import io.github.motcua.kpi.tally.ProcedureCatalogue;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading national-portal sync records (NDJSON in memory, every fact the sync format carries in
 * every record: {@link SyncData}) into something a tally can use: kpi-io's {@link DossierReader}
 * into columns — its checks, duplicate ids and unknown keys included — against {@code ObjectMapper}
 * binding each record to a POJO and building a {@link Dossier}. Dossiers per second = dossiers /
 * (ms per op) × 1000.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ImportBenchmark {

  /** The number of records. */
  @Param({"100000", "1000000"})
  public int dossiers;

  byte[] ndjson;
  ProcedureCatalogue catalogue;
  DossierReader reader;
  ObjectReader mapper;

  @Setup(Level.Trial)
  public void setUp() {
    init(dossiers);
  }

  void init(int n) {
    catalogue = BenchData.catalogue();
    ndjson = SyncData.of(catalogue, n).ndjson(catalogue);
    reader = DossierReader.builder(catalogue, SyncData.agencies()).vneidChannelCode(SyncData.VNEID).build();
    mapper = new ObjectMapper().readerFor(PortalRecord.class);
  }

  @Benchmark
  public DossierColumns streamingColumns() throws IOException {
    return reader.columns("bench.ndjson", DossierReader.Source.of(ndjson), DossierReader.Format.PORTAL).value();
  }

  @Benchmark
  public List<Dossier> objectMapperDossiers() throws IOException {
    List<Dossier> out = new ArrayList<>(dossiers);
    try (MappingIterator<PortalRecord> it = mapper.readValues(ndjson)) {
      while (it.hasNextValue()) {
        out.add(it.nextValue().toDossier(catalogue));
      }
    }
    return out;
  }
}
