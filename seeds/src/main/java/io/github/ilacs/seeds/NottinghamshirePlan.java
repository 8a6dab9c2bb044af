package io.github.ilacs.seeds;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ilacs.jackson.IlacsModule;
import io.github.ilacs.plan.ImprovementPlan;
import io.github.ilacs.plan.PlanReport;
import io.github.ilacs.plan.PlanValidator;
import io.github.ilacs.plan.PlanViolation;
import java.io.IOException;
import java.io.InputStream;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * An example improvement plan answering Nottinghamshire's 2019 standard inspection
 * ({@link NottinghamshireActivity#STANDARD_INSPECTION_2019}), read from a JSON document shipped
 * in this module.
 *
 * <p>What the council's committee report of December 2019 states is kept as it stands: the
 * plan answers the four areas for improvement, is due at Ofsted within 70 working days of the
 * report, and promises progress reports every six months to the Children and Young People's
 * Committee. Everything else is an example and the plan's {@code note} says so: the actions'
 * wording, owners, due dates and milestones are invented, and no submission date or progress
 * is recorded because the report gives none. The plan is checked on first use with
 * {@link PlanValidator#defaults()} against {@link NottinghamshireSeeds#history()}. Thread-safe;
 * the plan is immutable.
 */
public final class NottinghamshirePlan {
  /** The document, relative to this class's package. */
  static final String RESOURCE = "nottinghamshire/2019-improvement-plan-example.json";

  private static @Nullable ImprovementPlan loaded;

  private NottinghamshirePlan() {}

  /**
   * Returns the example plan, with no submission recorded.
   *
   * @return the plan, the same instance on every call
   * @throws IllegalStateException when the document is missing or unreadable or the plan
   *     breaks any plan rule (a defect of this module)
   */
  public static synchronized ImprovementPlan example() {
    ImprovementPlan p = loaded;
    if (p == null) {
      p = checked(read());
      loaded = p;
    }
    return p;
  }

  private static ImprovementPlan read() {
    ObjectMapper mapper = new ObjectMapper().registerModule(new IlacsModule());
    try (InputStream in = NottinghamshirePlan.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("seed document " + RESOURCE
            + " is missing from the ilacs-seeds jar");
      }
      return mapper.readValue(in, ImprovementPlan.class);
    } catch (IOException e) {
      throw new IllegalStateException("seed document " + RESOURCE + " cannot be read: "
          + e.getMessage(), e);
    }
  }

  /** Returns the plan unchanged, or throws when it breaks any plan rule. */
  static ImprovementPlan checked(ImprovementPlan plan) {
    PlanReport report = PlanValidator.defaults().validate(plan, NottinghamshireSeeds.history());
    if (!report.isClean()) {
      throw new IllegalStateException("the example Nottinghamshire plan breaks "
          + report.violations().size() + " plan rule(s): " + report.violations().stream()
              .map(PlanViolation::toString).collect(Collectors.joining("; ")));
    }
    return plan;
  }
}
