package io.github.ilacs.pathway;

import static io.github.ilacs.pathway.Histories.d;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ilacs.Inspection;
import io.github.ilacs.InspectionKind;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An expected activity's parts agree: kinds and reasons not empty and without nulls, the
 * inspection that satisfied it exactly when it is satisfied or pending, and the first overdue
 * day exactly when it is overdue, the day after its window.
 */
class ExpectedActivityTest {
  private static final Window WINDOW = new Window(d("2023-01-01"), d("2023-06-01"),
      d("2023-12-31"));
  private static final Inspection VISIT = Histories.nottinghamshire().inspections().get(6);

  @ParameterizedTest(name = "{0}, kinds {1}, reasons {2}, satisfied {3}, overdue since {4}")
  @CsvSource(delimiter = '|', textBlock = """
      SATISFIED   | 1    | 1    | yes | -          |
      PENDING     | 1    | 1    | yes | -          |
      ON_TRACK    | 2    | 1    | no  | -          |
      DUE         | 1    | 2    | no  | -          |
      OWED        | 1    | 1    | no  | -          |
      NOT_KNOWN   | 1    | 1    | no  | -          |
      OVERDUE     | 1    | 1    | no  | 2024-01-01 |
      ON_TRACK    | 0    | 1    | no  | -          | kinds must be a non-empty list without nulls
      ON_TRACK    | null | 1    | no  | -          | kinds must be a non-empty list without nulls
      ON_TRACK    | 1    | 0    | no  | -          | reasons must be a non-empty list without nulls
      ON_TRACK    | 1    | null | no  | -          | reasons must be a non-empty list without nulls
      SATISFIED   | 1    | 1    | no  | -          | satisfiedBy must be present exactly when
      PENDING     | 1    | 1    | no  | -          | satisfiedBy must be present exactly when
      DUE         | 1    | 1    | yes | -          | satisfiedBy must be present exactly when
      OVERDUE     | 1    | 1    | no  | -          | overdueSince must be the day after the window
      OVERDUE     | 1    | 1    | no  | 2023-12-31 | overdueSince must be the day after the window
      OVERDUE     | 1    | 1    | no  | 2024-01-02 | overdueSince must be the day after the window
      OWED        | 1    | 1    | no  | 2024-01-01 | overdueSince must be the day after the window
      """)
  void partsAgree(ActivityStatus status, String kinds, String reasons, String satisfied,
      String overdueSince, String refusal) {
    List<InspectionKind> k = switch (kinds) {
      case "0" -> List.of();
      case "null" -> Arrays.asList(InspectionKind.FOCUSED_VISIT, null);
      case "2" -> List.of(InspectionKind.FOCUSED_VISIT, InspectionKind.JOINT_TARGETED_AREA_INSPECTION);
      default -> List.of(InspectionKind.FOCUSED_VISIT);
    };
    List<Reason> r = switch (reasons) {
      case "0" -> List.of();
      case "null" -> Arrays.asList(Reason.INTERIM_VISIT_ON_PATHWAY_ONE, null);
      case "2" -> List.of(Reason.INTERIM_VISIT_ON_PATHWAY_ONE, Reason.FOCUSED_VISITS_UNDER_ILACS);
      default -> List.of(Reason.INTERIM_VISIT_ON_PATHWAY_ONE);
    };
    Optional<Inspection> by = satisfied.equals("yes") ? Optional.of(VISIT) : Optional.empty();
    Optional<LocalDate> since = overdueSince.equals("-") ? Optional.empty()
        : Optional.of(d(overdueSince));
    if (refusal == null) {
      ExpectedActivity a = new ExpectedActivity(k, WINDOW, status, by, since, r);
      assertThat(a.kinds()).isEqualTo(k);
      assertThat(a.reasons()).isEqualTo(r);
      assertThat(a.status()).isEqualTo(status);
    } else {
      assertThatThrownBy(() -> new ExpectedActivity(k, WINDOW, status, by, since, r))
          .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith(refusal);
    }
  }
}
