package io.github.ilacs.examples;

import io.github.ilacs.InspectionHistory;
import io.github.ilacs.RecurringTheme;
import io.github.ilacs.seeds.NottinghamshireSeeds;

/** Lists the practice themes raised more than once across the Nottinghamshire history. */
public final class RecurringThemesExample {
  private RecurringThemesExample() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    InspectionHistory history = NottinghamshireSeeds.history();
    for (RecurringTheme theme : history.recurringThemes()) {
      System.out.println(theme.theme() + " raised in " + theme.inspectionCount()
          + " inspections:");
      for (RecurringTheme.Occurrence o : theme.occurrences()) {
        System.out.println("  " + o.inspection().start() + " " + o.inspection().kind() + ": "
            + o.finding().summary());
      }
    }
  }
}
