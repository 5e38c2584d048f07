package io.github.motcua.kpi.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.motcua.kpi.json.KpiJson;
import io.github.motcua.kpi.model.Dossier;
import io.github.motcua.kpi.tally.ProvinceTally;
import io.github.motcua.kpi.tally.Tallies;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/**
 * The aggregator's parts without Spark: the codec gives back the tally it encoded, smaller than its
 * JSON; a buffer serialised with rows not yet counted carries their tally across; buffers of any
 * split of the rows merge into the tally of all of them.
 */
class TallyBufferTest {

  private static CountingSpec spec(SparkTalliesTest.Scenario s) {
    return CountingSpec.builder(s.period(), s.asOf())
        .catalogue(s.catalogue())
        .agencies(s.agencies())
        .reading(s.reading())
        .bySettlingAgency(s.bySettlingAgency())
        .build();
  }

  @Test
  void decodingAnEncodedTallyGivesItBackInLessSpaceThanItsJson() {
    qt().withExamples(20)
        .withShrinkCycles(0)
        .forAll(SparkTalliesTest.scenarios())
        .checkAssert(
            s -> {
              Tallies tallies = spec(s).tallies();
              ProvinceTally t = tallies.dossiers(s.dossiers());
              TallyCodec codec = new TallyCodec(tallies);
              byte[] encoded = codec.encode(t);
              assertEquals(t, codec.decode(encoded));
              assertTrue(encoded.length < KpiJson.write(t).getBytes(StandardCharsets.UTF_8).length / 4);
            });
  }

  @Test
  void buffersOfAnySplitSerialisedWithRowsNotYetCountedMergeIntoTheTallyOfAllTheRows() {
    qt().withExamples(20)
        .withShrinkCycles(0)
        .forAll(SparkTalliesTest.scenarios(), integers().between(0, 100), integers().between(1, 50))
        .checkAssert(
            (s, cut, chunk) -> {
              CountingSpec spec = spec(s);
              StructType schema = DossierRows.schema();
              TallyAggregator agg = TallyAggregator.of(spec, schema, chunk);
              int at = s.dossiers().size() * cut / 100;
              TallyBuffer left = fill(agg, s.dossiers().subList(0, at), agg.inputSchema());
              TallyBuffer right = fill(agg, s.dossiers().subList(at, s.dossiers().size()), agg.inputSchema());
              TallyBuffer merged = agg.merge(agg.merge(agg.zero(), roundTrip(left)), roundTrip(right));
              assertEquals(spec.tallies().dossiers(s.dossiers()), agg.decode(agg.finish(merged)));
            });
  }

  private static TallyBuffer fill(TallyAggregator agg, List<Dossier> dossiers, StructType schema) {
    TallyBuffer b = agg.zero();
    for (Dossier d : dossiers) {
      b = agg.reduce(b, DossierRows.row(d, schema));
    }
    return b;
  }

  /** The buffer through Java serialisation, as Spark's buffer encoder sends it. */
  private static TallyBuffer roundTrip(TallyBuffer b) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
        out.writeObject(b);
      }
      try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
        return (TallyBuffer) in.readObject();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }
}
