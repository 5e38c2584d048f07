package io.github.motcua.kpi.spark;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.motcua.kpi.tally.Counter;
import io.github.motcua.kpi.tally.ProcedureCatalogue;
import io.github.motcua.kpi.tally.ProvinceTally;
import io.github.motcua.kpi.tally.Tallies;
import io.github.motcua.kpi.tally.Tally;
import io.github.motcua.kpi.tally.Where;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SortedSet;
import java.util.TreeMap;

/**
 * A compact binary form of a {@link ProvinceTally}, for partial tallies travelling between Spark's
 * stages: counters by their position in the {@link Tallies}' counters and procedure codes by their
 * position in its catalogue (variable-length integers), so a procedure set costs about two bytes a
 * code rather than the code's text. Decoding gives back the very {@link Counter}s the tallies count,
 * so a decoded tally merges and evaluates as the original. A counter or code that is not in the
 * tallies (never produced by counting; kept for safety) is written by its text.
 */
final class TallyCodec {
  private static final int VERSION = 1;

  private final List<Counter> counters;
  private final Map<String, Integer> counterIndex = new HashMap<>();
  private final ProcedureCatalogue catalogue;

  TallyCodec(Tallies tallies) {
    this.counters = tallies.counters();
    for (int i = 0; i < counters.size(); i++) {
      counterIndex.putIfAbsent(counters.get(i).id(), i);
    }
    this.catalogue = tallies.catalogue();
  }

  byte[] encode(ProvinceTally tally) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeByte(VERSION);
      writeVar(out, tally.byAgency().size());
      for (Map.Entry<String, Tally> e : tally.byAgency().entrySet()) {
        out.writeUTF(e.getKey());
        write(out, e.getValue());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private void write(DataOutputStream out, Tally t) throws IOException {
    writeVar(out, t.counters().size());
    for (Counter c : t.counters().values()) {
      Integer i = counterIndex.get(c.id());
      if (i != null && counters.get(i).equals(c)) {
        writeVar(out, i + 1L);
      } else {
        writeVar(out, 0);
        out.writeUTF(c.id());
        out.writeBoolean(c.isDistinct());
      }
      writeVar(out, t.value(c).orElseThrow());
      Optional<SortedSet<String>> codes = t.procedures(c);
      out.writeBoolean(codes.isPresent());
      if (codes.isPresent()) {
        writeVar(out, codes.get().size());
        for (String code : codes.get()) {
          OptionalInt p = catalogue.indexOf(code);
          if (p.isPresent()) {
            writeVar(out, p.getAsInt() + 1L);
          } else {
            writeVar(out, 0);
            out.writeUTF(code);
          }
        }
      }
    }
  }

  ProvinceTally decode(byte[] encoded) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(encoded))) {
      int version = in.readByte();
      checkArgument(version == VERSION, "tally encoded in version %s, expected %s", version, VERSION);
      int agencies = (int) readVar(in);
      Map<String, Tally> out = new TreeMap<>();
      for (int a = 0; a < agencies; a++) {
        String code = in.readUTF();
        out.put(code, read(in));
      }
      return ProvinceTally.of(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Tally read(DataInputStream in) throws IOException {
    Tally.Builder b = Tally.builder();
    int n = (int) readVar(in);
    for (int k = 0; k < n; k++) {
      int i = (int) readVar(in);
      Counter c;
      if (i > 0) {
        c = counters.get(i - 1);
      } else {
        String id = in.readUTF();
        boolean distinct = in.readBoolean();
        c =
            Counter.byId(id)
                .orElseGet(
                    () -> distinct ? Counter.procedures(id, id, Where.all()) : Counter.reported(id, id));
      }
      long value = readVar(in);
      if (in.readBoolean()) {
        int size = (int) readVar(in);
        List<String> codes = new ArrayList<>(size);
        for (int j = 0; j < size; j++) {
          int p = (int) readVar(in);
          codes.add(p > 0 ? catalogue.procedures().get(p - 1).code() : in.readUTF());
        }
        b.procedures(c, codes);
      } else {
        b.set(c, value);
      }
    }
    return b.build();
  }

  private static void writeVar(DataOutputStream out, long v) throws IOException {
    checkArgument(v >= 0, "negative value %s", v);
    while ((v & ~0x7FL) != 0) {
      out.writeByte((int) ((v & 0x7F) | 0x80));
      v >>>= 7;
    }
    out.writeByte((int) v);
  }

  private static long readVar(DataInputStream in) throws IOException {
    long v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      int b = in.readUnsignedByte();
      v |= (long) (b & 0x7F) << shift;
      if ((b & 0x80) == 0) {
        return v;
      }
    }
    throw new IOException("variable-length integer longer than 64 bits");
  }
}
