package io.github.ilacs;

import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A formal finding of an inspection letter or report: its kind, its words (the document's own
 * when read from it, a summary otherwise), the judgement area it relates to (if any), the
 * timescale and the national framework cross-reference the document gives (if any) and its
 * practice themes.
 *
 * <p>Built with {@link #builder()} or {@link #of(FindingKind, String, Theme...)}. Immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class Finding {
  Finding() {}

  /**
   * Returns the kind of finding.
   *
   * @return the kind, never null
   */
  public abstract FindingKind kind();

  /**
   * Returns the words of the finding, never blank: for a finding read from a letter or report
   * (by the {@code ilacs-reports} reader), the document's own words as it gives them; for a
   * finding written by hand, as in the seeds, a summary in the writer's own words.
   *
   * @return the words of the finding
   */
  public abstract String summary();

  /**
   * Returns the judgement area the finding relates to, where the letter ties it to one.
   *
   * @return the area, or empty
   */
  public abstract Optional<JudgementArea> area();

  /**
   * Returns when the report asks for the finding to be acted on, where it sets a timescale (the
   * reports of 2009 to 2013: immediately, within three or within six months).
   *
   * @return the timescale, or empty
   */
  public abstract Optional<Timescale> timescale();

  /**
   * Returns the outcome, enabler or principle of the Children's Social Care: National Framework
   * that the letter cross-references the finding to, where it gives one.
   *
   * @return the cross-reference, or empty
   */
  public abstract Optional<NationalFrameworkReference> nationalFramework();

  /**
   * Returns the practice themes the finding touches.
   *
   * @return an unmodifiable set, possibly empty
   */
  public abstract Set<Theme> themes();

  @Value.Check
  void check() {
    Checks.notBlank(summary(), "summary");
  }

  /**
   * Creates a finding with no judgement area.
   *
   * @param kind the kind, not null
   * @param summary the summary, not blank
   * @param themes the themes, none null
   * @return the finding
   * @throws InvalidInspectionException when a value is null or the summary is blank
   */
  public static Finding of(FindingKind kind, String summary, Theme... themes) {
    Checks.required(themes, "themes");
    return builder().kind(kind).summary(summary).addThemes(themes).build();
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
   * Builds a {@link Finding}; {@code build()} checks the invariants and throws
   * {@link InvalidInspectionException} naming the first one broken. Setters and adders throw
   * {@link InvalidInspectionException} for a null value or element; like any Java collection
   * method, the {@code addAll} methods need a non-null iterable.
   */
  public static final class Builder extends ImmutableFinding.Builder {
    Builder() {}
  }
}
