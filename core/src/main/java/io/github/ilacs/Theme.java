package io.github.ilacs;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A closed vocabulary of practice themes that recur across inspection letters and reports, and
 * that focused visits and joint targeted area inspections take as their focus.
 *
 * <p>Each constant carries a one-line description. Themes let an app find what keeps being
 * raised across a history ({@link InspectionHistory#recurringThemes()}).
 */
public enum Theme {
  /** Contact, referral, the front door and how thresholds for help are understood and applied. */
  FRONT_DOOR_AND_THRESHOLDS("Contact, referral, the front door and the application of thresholds"),
  /** The response to child protection concerns: section 47 enquiries, seeing children quickly. */
  CHILD_PROTECTION_RESPONSE("The response to child protection concerns and section 47 enquiries"),
  /** Strategy discussions and meetings: timeliness, who attends, how they are recorded. */
  STRATEGY_DISCUSSIONS("Strategy discussions and meetings: timeliness, attendance and recording"),
  /** The timeliness and quality of assessments and their analysis of risk. */
  ASSESSMENT("Timeliness and quality of assessments and their analysis of risk"),
  /** The quality and precision of children's plans and how progress against them is measured. */
  PLANNING("Quality and precision of plans and how progress is measured"),
  /** Direct work with children: purposeful, recorded, helping them be heard. */
  DIRECT_WORK("Purposeful direct work with children and how it is recorded"),
  /** Supervision of practitioners and management oversight of casework. */
  SUPERVISION_AND_MANAGEMENT_OVERSIGHT("Supervision of practitioners and management oversight"),
  /** Case file audit and quality assurance, and the learning drawn from it. */
  AUDIT_AND_QUALITY_ASSURANCE("Case file audit, quality assurance and the learning drawn from it"),
  /** Caseloads, recruitment, retention and the stability of the workforce. */
  CASELOADS_AND_WORKFORCE("Caseloads, recruitment, retention and workforce stability"),
  /** Performance information available to managers and its use in planning services. */
  PERFORMANCE_INFORMATION("Performance information and its use by managers"),
  /** The accuracy and completeness of records and the information passed between teams. */
  RECORDING("Accuracy and completeness of records and information shared between teams"),
  /** Consistency of social work practice across teams and areas. */
  CONSISTENCY_OF_PRACTICE("Consistency of practice across teams and geographical areas"),
  /** Children in need and children subject to child protection plans. */
  CHILDREN_IN_NEED_AND_PROTECTION("Children in need and children subject to child protection plans"),
  /** Children at risk outside the family: exploitation, going missing, serious youth violence. */
  EXTRA_FAMILIAL_RISK("Children at risk outside the family: exploitation, missing, youth violence"),
  /** Children living with domestic abuse. */
  DOMESTIC_ABUSE("Children living with domestic abuse"),
  /** Neglect. */
  NEGLECT("Children experiencing neglect"),
  /** Child sexual abuse within the family environment. */
  SEXUAL_ABUSE_IN_THE_FAMILY("Child sexual abuse within the family environment"),
  /** Children's mental health and access to help with it. */
  MENTAL_HEALTH("Children's mental health and access to help"),
  /**
   * Children in care: their experiences and progress. Formerly {@code CHILDREN_IN_CARE}, renamed
   * so that a static import does not clash with {@link JudgementArea#CHILDREN_IN_CARE}; readers
   * still accept the former name.
   */
  EXPERIENCES_OF_CHILDREN_IN_CARE("The experiences and progress of children in care",
      "CHILDREN_IN_CARE"),
  /** Planning for and achieving permanence. */
  PERMANENCE("Planning for and achieving permanence"),
  /** Placement decisions, especially for older children. */
  PLACEMENT_DECISIONS("Placement decision-making and sufficiency, especially for older children"),
  /**
   * Support for care leavers and the services that provide it. Formerly {@code CARE_LEAVERS},
   * renamed so that a static import does not clash with {@link JudgementArea#CARE_LEAVERS};
   * readers still accept the former name.
   */
  SUPPORT_FOR_CARE_LEAVERS("Support for care leavers and the capacity of the leaving care "
      + "service", "CARE_LEAVERS"),
  /** Preparing children in care for adulthood and the move to adult services. */
  TRANSITION_TO_ADULTHOOD("Preparation for adulthood and transition to adult services"),
  /** Suitable accommodation for care leavers. */
  CARE_LEAVERS_ACCOMMODATION("Suitable accommodation for care leavers"),
  /** Education, employment and training for children in care and care leavers. */
  EDUCATION_EMPLOYMENT_TRAINING("Education, employment and training"),
  /** Health needs and health histories. */
  HEALTH("Health needs, health assessments and health histories"),
  /** Participation: children and young people shaping services and their own plans. */
  PARTICIPATION("Participation of children and young people in services and plans"),
  /** Independent review of plans, independent reviewing officers, advocacy and visitors. */
  INDEPENDENT_REVIEW("Independent review of plans, reviewing officers, advocates and visitors"),
  /** Awareness of and response to private fostering. */
  PRIVATE_FOSTERING("Awareness of and response to private fostering arrangements"),
  /** Children placed with family and friends carers. */
  FAMILY_AND_FRIENDS_CARE("Assessment, support and oversight of family and friends carers"),
  /** Disabled children and their families. */
  DISABLED_CHILDREN("Support for disabled children and their families"),
  /** The Public Law Outline, pre-proceedings and court work. */
  PLO_AND_COURT("Public Law Outline pre-proceedings and court work"),
  /** Early help and stepping down from statutory services. */
  EARLY_HELP("Early help and step-down from statutory services"),
  /** Work with partner agencies: police, health, schools. */
  PARTNERSHIP_WORKING("Work with partner agencies such as police, health and schools"),
  /** Senior leadership, political and corporate support, strategic planning. */
  LEADERSHIP_AND_GOVERNANCE("Senior leadership, political and corporate support, strategy"),
  /** Corporate parenting by the wider council. */
  CORPORATE_PARENTING("Corporate parenting by the wider council"),
  /** Self-evaluation: what leaders know about practice and how they know it. */
  SELF_EVALUATION("Self-evaluation: what leaders know about practice and how they know it");

  private final String description;
  private final @Nullable String formerName;

  Theme(String description) {
    this(description, null);
  }

  Theme(String description, @Nullable String formerName) {
    this.description = description;
    this.formerName = formerName;
  }

  /**
   * Returns what the theme covers, in one line.
   *
   * @return the description, never null
   */
  public String description() {
    return description;
  }

  /**
   * Returns the name this theme had before it was renamed, which JSON readers still accept so
   * that stored documents stay valid; writers always write {@link #name()}.
   *
   * @return the former constant name, or empty when the theme was never renamed
   */
  public Optional<String> formerName() {
    return Optional.ofNullable(formerName);
  }

  /**
   * Returns the theme with a constant name or a former name ({@link #formerName()}), exactly as
   * written (no case folding).
   *
   * @param name the name, may be null
   * @return the theme, or empty when {@code name} is null or names no theme
   */
  public static Optional<Theme> byName(@Nullable String name) {
    if (name == null) {
      return Optional.empty();
    }
    for (Theme t : values()) {
      if (t.name().equals(name) || name.equals(t.formerName)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
