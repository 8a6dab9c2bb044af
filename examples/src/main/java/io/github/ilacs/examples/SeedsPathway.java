package io.github.ilacs.examples;

import io.github.ilacs.InspectionHistory;
import io.github.ilacs.pathway.InspectionPathway;
import io.github.ilacs.seeds.NottinghamshireSeeds;
import java.time.LocalDate;

/**
 * Loads the Nottinghamshire seeds and prints the pathway as of the day after the 2019 report
 * was published, and as of today.
 */
public final class SeedsPathway {
  private SeedsPathway() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    InspectionHistory history = NottinghamshireSeeds.history();
    for (LocalDate asOf : new LocalDate[] {LocalDate.of(2019, 12, 20), LocalDate.now()}) {
      InspectionPathway pathway = InspectionPathway.of(history, asOf);
      System.out.println("As of " + asOf + ": " + pathway.pathway() + ", next "
          + pathway.nextInspection().kind() + " " + pathway.nextInspection().window() + " ("
          + pathway.nextInspection().status() + ")");
      System.out.println(pathway.explanation());
      System.out.println();
    }
  }
}
