package io.github.ilacs.examples.briefing;

import io.github.ilacs.Grade;
import io.github.ilacs.InspectionKind;
import io.github.ilacs.pathway.Deadline;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The short words and colours of the pictures: kinds, grades and dates as a reader sees them. */
final class Words {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu",
      Locale.UK);
  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM uuuu",
      Locale.UK);

  private Words() {}

  /** A kind of activity in a few letters, for labels in the picture. */
  static String shortKind(InspectionKind kind) {
    return switch (kind) {
      case STANDARD_INSPECTION -> "standard";
      case SHORT_INSPECTION -> "short";
      case FOCUSED_VISIT -> "FV";
      case MONITORING_VISIT -> "MV";
      case ACTION_PLANNING_VISIT -> "APV";
      case JOINT_TARGETED_AREA_INSPECTION -> "JTAI";
      case FRONT_DOOR_JTAI -> "JTAI front door";
      case CHILD_PROTECTION_INSPECTION -> "CP";
      case ANNUAL_ASSESSMENT -> "assessment";
      case TARGETED_INSPECTION -> "TLAI";
      case LSCB_REVIEW -> "LSCB review";
      case ANNUAL_ENGAGEMENT_MEETING -> "AEM";
      case UNANNOUNCED_INSPECTION -> "UCRA";
      case SIF_INSPECTION -> "SIF";
      case SLAC_INSPECTION -> "SLAC";
      case LAC_INSPECTION -> "LAC";
      case INTERIM_VISIT -> "IV";
    };
  }

  /** A deadline in a few words, for labels in the picture. */
  static String deadline(Deadline.Kind kind) {
    return switch (kind) {
      case ACTION_PLAN -> "action plan";
      case EARLY_DRAFT_ACTION_PLAN -> "early draft";
      case REPORT_PUBLICATION -> "publication";
    };
  }

  /** The text written in a grade's square: Ofsted's number and an abbreviation. */
  static String gradeMark(Grade grade) {
    return switch (grade) {
      case OUTSTANDING -> "O";
      case GOOD -> "G";
      case REQUIRES_IMPROVEMENT -> "RI";
      case INADEQUATE -> "I";
    };
  }

  /**
   * A grade's fill, from the Okabe and Ito palette that readers with any common colour vision
   * deficiency can tell apart; the grade is always written as well.
   */
  static String gradeFill(Grade grade) {
    return switch (grade) {
      case OUTSTANDING -> "#0072B2";
      case GOOD -> "#009E73";
      case REQUIRES_IMPROVEMENT -> "#E69F00";
      case INADEQUATE -> "#D55E00";
    };
  }

  /** The text colour that reads on a grade's fill. */
  static String gradeInk(Grade grade) {
    return grade == Grade.OUTSTANDING ? "#ffffff" : "#000000";
  }

  /** The CSS class of a grade, for the pages' tables. */
  static String gradeClass(Grade grade) {
    return "g" + grade.number();
  }

  static String monthYear(LocalDate day) {
    return MONTH.format(day);
  }

  static String day(LocalDate day) {
    return DAY.format(day);
  }
}
