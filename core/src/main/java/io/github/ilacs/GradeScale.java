package io.github.ilacs;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The words a framework uses for the four grades.
 *
 * <p>Parsing is tolerant of case, surrounding and repeated spaces, hyphens and underscores, and
 * the variants real spreadsheets use ("RI", "requires improvement", Ofsted's numbers 1 to 4).
 * The constant names of {@link Grade} exactly as written ({@code REQUIRES_IMPROVEMENT}) are read
 * on every scale, since they are the library's own JSON form; "Adequate" is accepted only on the
 * scales that had it (before November 2013, and the annual assessment's "adequate"), and
 * "requires improvement" only on the scale that says it.
 */
public enum GradeScale {
  /** The scale before November 2013: outstanding, good, adequate, inadequate. */
  ADEQUATE_SCALE("Outstanding", "Good", "Adequate", "Inadequate",
      Map.of("adequate", Grade.REQUIRES_IMPROVEMENT), true),
  /**
   * The scale of the single inspection framework and ILACS: outstanding, good, requires
   * improvement to be good, inadequate.
   */
  REQUIRES_IMPROVEMENT_SCALE("Outstanding", "Good", "Requires improvement to be good", "Inadequate",
      Map.of("requires improvement to be good", Grade.REQUIRES_IMPROVEMENT,
          "requires improvement", Grade.REQUIRES_IMPROVEMENT,
          "ri", Grade.REQUIRES_IMPROVEMENT), true),
  /**
   * The annual children's services assessment, 2009 to 2011: performs excellently, well,
   * adequately or poorly, also reported as excellent, good, adequate and poor (Ofsted's
   * announcements of the 2009 and 2011 ratings). No source we hold numbers these grades, so
   * numbers are not read on this scale.
   */
  ASSESSMENT_SCALE("Performs excellently", "Performs well", "Performs adequately",
      "Performs poorly", Map.of("excellent", Grade.OUTSTANDING, "good", Grade.GOOD,
          "adequate", Grade.REQUIRES_IMPROVEMENT, "poor", Grade.INADEQUATE), false);

  private final String[] labels;
  private final Map<String, Grade> variants;

  GradeScale(String one, String two, String three, String four, Map<String, Grade> thirdGrade,
      boolean numbered) {
    this.labels = new String[] {one, two, three, four};
    Map<String, Grade> all = new HashMap<>(thirdGrade);
    for (Grade g : Grade.values()) {
      all.put(normalise(labels[g.number() - 1]), g);
      if (numbered) {
        all.put(Integer.toString(g.number()), g);
      }
      // The library's own constant names read on every scale: they are what it writes.
      all.put(normalise(g.name()).replace(' ', '_'), g);
    }
    this.variants = Map.copyOf(all);
  }

  /**
   * Returns the official label of a grade on this scale.
   *
   * @param grade the grade, not null
   * @return the label, such as "Requires improvement to be good", never null
   */
  public String label(Grade grade) {
    return labels[grade.number() - 1];
  }

  /**
   * Reads a grade from a label or a known variant.
   *
   * @param text the text, not null
   * @return the grade, or empty when the text is not a label or variant of this scale
   * @throws InvalidInspectionException when {@code text} is null
   */
  public Optional<Grade> find(String text) {
    String constant = Checks.required(text, "text").trim();
    if (Patterns.CONSTANT_NAME.matcher(constant).matches()) {
      Grade exact = variants.get(constant.toLowerCase(Locale.ROOT));
      if (exact != null) {
        return Optional.of(exact);
      }
    }
    return Optional.ofNullable(variants.get(normalise(text)));
  }

  /**
   * Reads a grade from a label or a known variant.
   *
   * @param text the text, not null
   * @return the grade, never null
   * @throws InvalidInspectionException ({@link Invariant#GRADE_LABEL}) when the text is not a
   *     label or variant of this scale; the message lists the accepted labels
   */
  public Grade parse(String text) {
    if (text == null) {
      throw new InvalidInspectionException(Invariant.REQUIRED, "grade", null,
          "is required but was null");
    }
    return find(text).orElseThrow(() -> new InvalidInspectionException(Invariant.GRADE_LABEL,
        "grade", text, "'" + text + "' is not a grade on the " + displayName()
            + "; expected one of " + acceptedLabels()));
  }

  /**
   * Returns the official labels, best first, joined for messages.
   *
   * @return the labels, such as "Outstanding, Good, Adequate, Inadequate"
   */
  public String acceptedLabels() {
    return Arrays.stream(labels).collect(Collectors.joining(", "));
  }

  private String displayName() {
    return switch (this) {
      case ADEQUATE_SCALE -> "pre-November-2013 scale";
      case REQUIRES_IMPROVEMENT_SCALE -> "requires-improvement scale";
      case ASSESSMENT_SCALE -> "children's services assessment scale";
    };
  }

  private static String normalise(String text) {
    String lower = text.trim().toLowerCase(Locale.ROOT).replace('_', ' ').replace('-', ' ');
    return Patterns.SPACES.matcher(lower).replaceAll(" ");
  }

  /** Compiled once; a holder because enum constants are built before an enum's own statics. */
  private static final class Patterns {
    static final Pattern CONSTANT_NAME = Pattern.compile("[A-Z_]+");
    static final Pattern SPACES = Pattern.compile("\\s+");

    private Patterns() {}
  }
}
