package io.github.ilacs.seeds;

import io.github.ilacs.pathway.InspectionPathway;
import io.github.ilacs.pathway.PathwayPolicy;
import io.github.ilacs.rules.Validator;
import org.junit.jupiter.api.Test;

class ScratchTest {
  @Test
  void print() throws Exception {
    try (java.io.PrintStream out = new java.io.PrintStream("/tmp/scratch.txt")) {
      out.println(Validator.defaults().validate(NottinghamshireSeeds.history()));
      for (NottinghamshireActivity a : NottinghamshireActivity.values()) {
        for (PathwayPolicy pol : new PathwayPolicy[] {PathwayPolicy.defaults(), PathwayPolicy.defaults().withPauses()}) {
          InspectionPathway p = InspectionPathway.of(NottinghamshireSeeds.history(), a.letterDate(), pol);
          out.println("=== " + a + " pauses=" + pol.pauses().size() + " " + p);
          p.interimActivities().forEach(x -> out.println("  " + PathwayAssert.describe(x)));
          p.deadlines().forEach(d -> out.println("  " + d.kind() + " " + d.due() + " " + d.status()));
        }
      }
      out.println(InspectionPathway.of(NottinghamshireSeeds.history(), java.time.LocalDate.of(2019, 12, 19)).explanation());
    }
  }
}
