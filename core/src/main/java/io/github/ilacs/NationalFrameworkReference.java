package io.github.ilacs;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A finding's cross-reference to the Children's Social Care: National Framework (statutory
 * guidance): the outcome, enabler or principle it relates to, by number, as letters from 2025
 * print it after an area for improvement ("(outcome 3, national framework)", Nottinghamshire's
 * focused-visit letter of 12 January 2026). The library keeps the number only; it does not hold
 * the guidance's wording.
 *
 * @param element whether an outcome, an enabler or a principle, not null
 * @param number its number in the guidance, at least 1
 */
public record NationalFrameworkReference(Element element, int number) {
  /** The parts of the national framework a finding can be cross-referenced to. */
  public enum Element {
    /** One of the framework's outcomes. */
    OUTCOME,
    /** One of the framework's enablers. */
    ENABLER,
    /** One of the framework's principles. */
    PRINCIPLE
  }

  private static final Pattern TEXT = Pattern.compile(
      "\\(?\\s*(outcome|enabler|principle)\\s+(\\d{1,2})\\s*(?:,\\s*national framework)?\\s*\\)?");

  /**
   * Creates a cross-reference.
   *
   * @param element the element, not null
   * @param number its number, at least 1
   * @throws InvalidInspectionException when the element is null or the number below 1
   */
  public NationalFrameworkReference {
    Checks.required(element, "element");
    if (number < 1) {
      throw new InvalidInspectionException(Invariant.VALUE_IN_RANGE, "number", number,
          number + " is not a number in the national framework, which counts from 1");
    }
  }

  /**
   * Reads a cross-reference as letters print it, such as "(outcome 3, national framework)" or
   * "enabler 1", ignoring case.
   *
   * @param text the text, not null
   * @return the reference, or empty when the text is not one
   */
  public static Optional<NationalFrameworkReference> find(String text) {
    Matcher m = TEXT.matcher(text.trim().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      return Optional.empty();
    }
    int n = Integer.parseInt(m.group(2));
    return n < 1 ? Optional.empty() : Optional.of(new NationalFrameworkReference(
        Element.valueOf(m.group(1).toUpperCase(Locale.ROOT)), n));
  }

  /**
   * Returns the short form, such as "outcome 3", which {@link #find(String)} reads back.
   *
   * @return the element in lower case and the number
   */
  public String label() {
    return element.name().toLowerCase(Locale.ROOT) + " " + number;
  }

  @Override
  public String toString() {
    return element.name().toLowerCase(Locale.ROOT) + " " + number + ", national framework";
  }
}
