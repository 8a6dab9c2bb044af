package io.github.ilacs.pathway;

/** Where an expected activity stands on the date asked about. */
public enum ActivityStatus {
  /** It has taken place: see {@link ExpectedActivity#satisfiedBy()}. */
  SATISFIED,
  /**
   * It has begun (or taken place) and its report is awaited: see {@link
   * ExpectedActivity#satisfiedBy()}.
   */
  PENDING,
  /** It is not yet due: the date is before the earliest day of its window. */
  ON_TRACK,
  /** It is due: the date lies within its window. */
  DUE,
  /**
   * It is late: the date is after the latest day of its window; see {@link
   * ExpectedActivity#overdueSince()}.
   */
  OVERDUE,
  /** It is still owed before a later event (such as the next full inspection), and not late. */
  OWED,
  /**
   * The history does not record activity of this kind ({@link io.github.ilacs.Coverage}), or
   * its record ends before the date asked about while the activity could have taken place since
   * ({@link io.github.ilacs.InspectionHistory#recordedUntil()}), so whether it took place is not
   * known from this data; never owed or overdue.
   */
  NOT_KNOWN
}
