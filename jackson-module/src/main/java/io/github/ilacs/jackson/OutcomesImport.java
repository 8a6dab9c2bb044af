package io.github.ilacs.jackson;

import io.github.ilacs.InspectionHistory;
import java.util.List;
import java.util.Optional;

/**
 * What {@link OutcomesCsv} made of an outcomes table: one history per authority, every row it
 * rejected, and the doubts about rows it imported all the same.
 *
 * <p>Immutable and thread-safe.
 *
 * @param source the name of the file or stream read, for messages
 * @param layout the layout recognised from the header
 * @param rows the number of data rows read (the header and blank lines excluded)
 * @param histories one history per authority, ordered by authority name then code, each with
 *     its inspections in the order of the file and covering graded inspections only ({@link
 *     io.github.ilacs.Coverage#GRADED_INSPECTIONS})
 * @param rejected the rows not imported, in file order, one entry per row
 * @param warnings the doubts about imported rows (such as a spelling of an authority's name the
 *     directory does not know), in file order
 */
public record OutcomesImport(String source, OutcomesCsv.Layout layout, int rows,
    List<InspectionHistory> histories, List<RejectedRow> rejected,
    List<ImportWarning> warnings) {
  /**
   * Creates an import result; the lists are copied.
   *
   * @param source the name of the file or stream, not null
   * @param layout the layout, not null
   * @param rows the number of data rows read, not negative
   * @param histories the histories, not null, none null
   * @param rejected the rejected rows, not null, none null
   * @param warnings the warnings, not null, none null
   * @throws IllegalArgumentException when a value is null, or {@code rows} is negative or
   *     smaller than the number of rejected rows
   */
  public OutcomesImport {
    Arguments.required(source, "source");
    Arguments.required(layout, "layout");
    histories = List.copyOf(Arguments.required(histories, "histories"));
    rejected = List.copyOf(Arguments.required(rejected, "rejected"));
    warnings = List.copyOf(Arguments.required(warnings, "warnings"));
    if (rows < rejected.size()) {
      throw new IllegalArgumentException(
          "rows " + rows + " is less than the " + rejected.size() + " rejected");
    }
  }

  /**
   * Creates an import result without warnings; the lists are copied.
   *
   * @param source the name of the file or stream, not null
   * @param layout the layout, not null
   * @param rows the number of data rows read, not negative
   * @param histories the histories, not null, none null
   * @param rejected the rejected rows, not null, none null
   * @throws IllegalArgumentException when a value is null, or {@code rows} is negative or
   *     smaller than the number of rejected rows
   */
  public OutcomesImport(String source, OutcomesCsv.Layout layout, int rows,
      List<InspectionHistory> histories, List<RejectedRow> rejected) {
    this(source, layout, rows, histories, rejected, List.of());
  }

  /**
   * Returns the number of rows imported.
   *
   * @return {@code rows() - rejected().size()}
   */
  public int accepted() {
    return rows - rejected.size();
  }

  /**
   * Returns the history of the authority with a DfE code.
   *
   * @param code the three-digit code, not null
   * @return the history, or empty when no accepted row has the code
   */
  public Optional<InspectionHistory> history(String code) {
    return histories.stream().filter(h -> h.authority().code().equals(code)).findFirst();
  }
}
