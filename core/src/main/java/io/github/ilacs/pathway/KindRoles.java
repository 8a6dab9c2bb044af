package io.github.ilacs.pathway;

import io.github.ilacs.InspectionKind;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The roles kinds of activity play between full inspections, kept once as data: the pathway
 * forecast ({@link InspectionPathway}) and the validation rules ({@code io.github.ilacs.rules})
 * both read these sets. Each set is unmodifiable.
 */
public final class KindRoles {
  /**
   * Visits between full inspections that look at a chosen theme: focused visits and joint
   * targeted area inspections (rule book {@code rules.md} §3.5, §3.7, §6). Each meets the
   * expectation of interim activity and names its focus.
   */
  public static final Set<InspectionKind> THEMED_VISITS = Collections.unmodifiableSet(
      EnumSet.of(InspectionKind.FOCUSED_VISIT, InspectionKind.JOINT_TARGETED_AREA_INSPECTION));

  /**
   * Activity that meets the expectation of interim activity between full inspections: the
   * {@link #THEMED_VISITS} and the autumn 2020 interim visits that stood in for them during the
   * pandemic (§3.2, §3.10).
   */
  public static final Set<InspectionKind> INTERIM_ACTIVITY =
      withThemedVisits(InspectionKind.INTERIM_VISIT);

  /**
   * Kinds that may name a focus: the {@link #THEMED_VISITS} and monitoring visits, each of which
   * looks at a chosen part of the service (§3.7, §3.8).
   */
  public static final Set<InspectionKind> MAY_NAME_A_FOCUS =
      withThemedVisits(InspectionKind.MONITORING_VISIT);

  /**
   * Visits made only while an authority is judged inadequate: the action planning visit and
   * monitoring visits (§3.5, §3.8, §4).
   */
  public static final Set<InspectionKind> WHILE_INADEQUATE = Collections.unmodifiableSet(
      EnumSet.of(InspectionKind.ACTION_PLANNING_VISIT, InspectionKind.MONITORING_VISIT));

  private KindRoles() {}

  private static Set<InspectionKind> withThemedVisits(InspectionKind kind) {
    Set<InspectionKind> kinds = EnumSet.copyOf(THEMED_VISITS);
    kinds.add(kind);
    return Collections.unmodifiableSet(kinds);
  }
}
