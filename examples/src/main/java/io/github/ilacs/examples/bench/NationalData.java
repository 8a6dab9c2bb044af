package io.github.ilacs.examples.bench;

import io.github.ilacs.InspectionHistory;
import io.github.ilacs.jackson.OutcomesCsv;
import io.github.ilacs.jackson.OutcomesImport;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The national outcomes file shipped with the examples (Ofsted's published reports, Open
 * Government Licence v3.0), read into one history per authority.
 */
public final class NationalData {
  /** The classpath resource holding the outcomes table. */
  public static final String RESOURCE =
      "/io/github/ilacs/examples/la-inspection-outcomes-to-2023.csv";

  private NationalData() {}

  /**
   * Reads the shipped outcomes table.
   *
   * @return the import, with every row accepted
   * @throws UncheckedIOException when the resource cannot be read
   * @throws IllegalStateException when a row is rejected (the shipped file is known good)
   */
  public static OutcomesImport outcomes() {
    try (InputStream in = NationalData.class.getResourceAsStream(RESOURCE)) {
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

  /**
   * Returns one history per authority in the shipped outcomes table.
   *
   * @return the histories
   */
  public static List<InspectionHistory> histories() {
    return outcomes().histories();
  }
}
