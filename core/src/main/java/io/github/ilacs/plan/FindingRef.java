package io.github.ilacs.plan;

import io.github.ilacs.Finding;
import io.github.ilacs.Inspection;
import io.github.ilacs.InspectionKind;
import io.github.ilacs.InvalidInspectionException;
import io.github.ilacs.Invariant;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A stable reference to one finding of one inspection: the inspection's kind and first day on
 * site, and the finding's position in that inspection's findings.
 *
 * <p>Kind and first day identify an activity within one authority's record (an authority is not
 * visited twice in the same way on the same day), and they are written in every JSON form of
 * the inspection. The position counts from 0 in the order the letter lists its findings, as
 * the JSON pointer {@code /findings/N} does; the model and the JSON module keep that order,
 * so the reference survives a round trip. A summary would not: it is the user's own wording
 * and may be edited. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class FindingRef {
  FindingRef() {}

  /**
   * Returns the kind of the inspection or visit whose letter holds the finding.
   *
   * @return the kind, never null
   */
  public abstract InspectionKind inspectionKind();

  /**
   * Returns the first day on site of the inspection or visit whose letter holds the finding.
   *
   * @return the date, never null
   */
  public abstract LocalDate inspectionStart();

  /**
   * Returns the finding's position among the inspection's findings, counting from 0.
   *
   * @return zero or more
   */
  public abstract int finding();

  @Value.Check
  void check() {
    if (finding() < 0) {
      throw new InvalidInspectionException(Invariant.PLAN_IN_RANGE, "finding", finding(),
          finding() + " is negative; findings are counted from 0");
    }
  }

  /**
   * Tells whether the reference names a finding of this inspection (same kind and first day).
   *
   * @param inspection the inspection, not null
   * @return true when the inspection is the one referred to
   * @throws IllegalArgumentException when {@code inspection} is null
   */
  public boolean isIn(Inspection inspection) {
    PlanChecks.argument(inspection, "inspection");
    return inspection.kind() == inspectionKind() && inspection.start().equals(inspectionStart());
  }

  /**
   * Returns the finding referred to, when the inspection is the one named and has it.
   *
   * @param inspection the inspection, not null
   * @return the finding, or empty
   * @throws IllegalArgumentException when {@code inspection} is null
   */
  public Optional<Finding> in(Inspection inspection) {
    return isIn(inspection) && finding() < inspection.findings().size()
        ? Optional.of(inspection.findings().get(finding())) : Optional.empty();
  }

  /**
   * Refers to a finding of an inspection.
   *
   * @param inspection the inspection, not null
   * @param finding the finding's position, counting from 0
   * @return the reference
   * @throws InvalidInspectionException when the inspection is null or the position negative
   */
  public static FindingRef to(Inspection inspection, int finding) {
    if (inspection == null) {
      throw new InvalidInspectionException(Invariant.REQUIRED, "inspection", null,
          "is required but was null");
    }
    return of(inspection.kind(), inspection.start(), finding);
  }

  /**
   * Creates a reference.
   *
   * @param kind the inspection's kind, not null
   * @param start the inspection's first day on site, not null
   * @param finding the finding's position, counting from 0
   * @return the reference
   * @throws InvalidInspectionException when a value is null or the position negative
   */
  public static FindingRef of(InspectionKind kind, LocalDate start, int finding) {
    return builder().inspectionKind(kind).inspectionStart(start).finding(finding).build();
  }

  /**
   * Returns the reference in one line, such as {@code STANDARD_INSPECTION 2019-10-07 #0}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return inspectionKind() + " " + inspectionStart() + " #" + finding();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link FindingRef}; {@code build()} throws {@link InvalidInspectionException}
   * for a missing value or a negative position.
   */
  public static final class Builder extends ImmutableFindingRef.Builder {
    Builder() {}
  }
}
