package io.github.ilacs;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * How much notice Ofsted gave an authority before a kind of activity began, as far as the
 * sources say, with the source. A notice nobody has published is {@link Type#UNKNOWN}, never a
 * guess.
 *
 * @param type what kind of notice, not null
 * @param workingDays the working days of notice for {@link Type#WORKING_DAYS}, otherwise absent
 * @param source the document that gives it, empty for {@link Type#UNKNOWN} and
 *     {@link Type#NOT_A_VISIT}
 */
public record Notice(Type type, OptionalInt workingDays, Optional<String> source) {
  /** The kinds of notice. */
  public enum Type {
    /** No notice: inspectors arrive unannounced. */
    UNANNOUNCED,
    /** A stated number of working days before the first day on site. */
    WORKING_DAYS,
    /** A telephone call to the director of children's services in the week before. */
    CALL_IN_THE_WEEK_BEFORE,
    /** No source we hold gives the notice. */
    UNKNOWN,
    /** Not a visit: nobody comes on site (an annual rating). */
    NOT_A_VISIT
  }

  /**
   * Creates a notice, checking that the working days are given exactly for
   * {@link Type#WORKING_DAYS} and the source exactly where a notice is known.
   *
   * @param type the type, not null
   * @param workingDays the working days, positive, present only for working days
   * @param source the source, present and not blank where the notice is known
   * @throws InvalidInspectionException when the parts do not fit together
   */
  public Notice {
    Checks.required(type, "type");
    Checks.required(workingDays, "workingDays");
    Checks.required(source, "source");
    if ((type == Type.WORKING_DAYS) != workingDays.isPresent()
        || workingDays.orElse(1) < 1) {
      throw new InvalidInspectionException(Invariant.VALUE_IN_RANGE, "workingDays", workingDays,
          workingDays + " does not fit a " + type + " notice (a positive number of days for"
              + " WORKING_DAYS, absent otherwise)");
    }
    boolean known = type != Type.UNKNOWN && type != Type.NOT_A_VISIT;
    if (known != source.isPresent() || source.map(String::isBlank).orElse(false)) {
      throw new InvalidInspectionException(Invariant.VALUE_IN_RANGE, "source", source,
          source + " does not fit a " + type + " notice (a source exactly when it is known)");
    }
  }

  /**
   * A notice of a number of working days.
   *
   * @param days the working days, positive
   * @param source the document that gives it, not blank
   * @return the notice
   */
  public static Notice workingDays(int days, String source) {
    return new Notice(Type.WORKING_DAYS, OptionalInt.of(days), Optional.of(source));
  }

  /**
   * A notice with no number of days: unannounced or a call in the week before.
   *
   * @param type {@link Type#UNANNOUNCED} or {@link Type#CALL_IN_THE_WEEK_BEFORE}
   * @param source the document that gives it, not blank
   * @return the notice
   */
  public static Notice of(Type type, String source) {
    return new Notice(type, OptionalInt.empty(), Optional.of(source));
  }

  /**
   * The notice no source we hold gives.
   *
   * @return the unknown notice
   */
  public static Notice unknown() {
    return new Notice(Type.UNKNOWN, OptionalInt.empty(), Optional.empty());
  }

  /**
   * The notice of an activity nobody visits for.
   *
   * @return the notice of something that is not a visit
   */
  public static Notice notAVisit() {
    return new Notice(Type.NOT_A_VISIT, OptionalInt.empty(), Optional.empty());
  }

  /**
   * Tells whether a source gives this notice.
   *
   * @return false for {@link Type#UNKNOWN} and {@link Type#NOT_A_VISIT}
   */
  public boolean isKnown() {
    return source.isPresent();
  }
}
