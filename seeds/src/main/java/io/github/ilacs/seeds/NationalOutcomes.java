package io.github.ilacs.seeds;

import io.github.ilacs.InspectionHistory;
import io.github.ilacs.jackson.OutcomesCsv;
import io.github.ilacs.jackson.OutcomesImport;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * The outcomes of every graded inspection of English local authority children's services begun
 * on or before 31 December 2024 (427 published reports, 153 authorities), shipped in this module
 * and read with {@link OutcomesCsv}: the built-in national data of the command line, the examples
 * and the benchmarks.
 *
 * <p>Histories read from a table hold graded inspections only (no visits, letters or meetings).
 * Contains public sector information licensed under the Open Government Licence v3.0. The table
 * is read once, on first use; the class is thread-safe.
 */
public final class NationalOutcomes {
  /** The classpath resource holding the table. */
  public static final String RESOURCE =
      "/io/github/ilacs/seeds/national/la-inspection-outcomes-to-2024.csv";

  /** The last start date the table covers: every inspection begun by then is in it. */
  public static final LocalDate COVERS_TO = LocalDate.of(2024, 12, 31);

  private NationalOutcomes() {}

  /**
   * Returns the shipped table, read with {@link OutcomesCsv#read(Reader, String)}.
   *
   * @return the import, every row accepted, the same instance on every call
   * @throws IllegalStateException when the resource is missing or a row is rejected (the shipped
   *     table is known good, so either is a defect of this module)
   */
  public static OutcomesImport to2024() {
    return Loaded.IMPORT;
  }

  /**
   * Returns one history per authority of the shipped table, in the order of
   * {@link OutcomesImport#histories()}.
   *
   * @return the histories, unmodifiable
   */
  public static List<InspectionHistory> histories() {
    return to2024().histories();
  }

  /**
   * Returns the histories as a table made before a day would have held them: only the
   * inspections begun before the day, and only the authorities with at least one. Before
   * {@code 2024-01-01} this is the 2023 national table (378 reports, 151 authorities).
   *
   * @param day the first day left out; not null
   * @return the histories, unmodifiable, in the order of {@link #histories()}
   */
  public static List<InspectionHistory> startedBefore(LocalDate day) {
    return histories().stream()
        .map(h -> InspectionHistory.of(h.authority(), h.inspections().stream()
            .filter(i -> i.start().isBefore(day)).toList()))
        .filter(h -> !h.inspections().isEmpty())
        .toList();
  }

  private static OutcomesImport read() {
    try (InputStream in = NationalOutcomes.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        OutcomesImport imported = OutcomesCsv.read(reader, RESOURCE);
        if (!imported.rejected().isEmpty()) {
          throw new IllegalStateException("rejected rows in " + RESOURCE + ": "
              + imported.rejected());
        }
        return imported;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Holds the table, read on first use. */
  private static final class Loaded {
    static final OutcomesImport IMPORT = read();
  }
}
