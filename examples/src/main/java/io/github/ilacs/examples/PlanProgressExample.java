package io.github.ilacs.examples;

import io.github.ilacs.plan.ImprovementPlan;
import io.github.ilacs.plan.PlanProgress;
import io.github.ilacs.seeds.NottinghamshirePlan;
import io.github.ilacs.seeds.NottinghamshireSeeds;
import java.time.LocalDate;

/**
 * Where Nottinghamshire's example improvement plan stands on two days: with no submission
 * recorded, and after a submission on 30 March 2020.
 */
public final class PlanProgressExample {
  private PlanProgressExample() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    ImprovementPlan plan = NottinghamshirePlan.example();
    print(plan, LocalDate.of(2020, 4, 1));
    print(ImprovementPlan.builder().from(plan).submitted(LocalDate.of(2020, 3, 30)).build(),
        LocalDate.of(2020, 7, 1));
  }

  private static void print(ImprovementPlan plan, LocalDate asOf) {
    PlanProgress p = PlanProgress.of(plan, NottinghamshireSeeds.history(), asOf);
    System.out.println("As of " + asOf + ", submitted "
        + plan.submitted().map(LocalDate::toString).orElse("(not recorded)") + ":");
    p.overdue().forEach(o -> System.out.println("  overdue: " + o.item() + " " + o.what()
        + ", due " + o.due()));
    System.out.println("  next progress report: " + p.nextProgressReport()
        .map(d -> d + (asOf.isAfter(d) ? " (overdue)" : " (not yet due)"))
        .orElse("none until the plan is submitted"));
  }
}
