package io.github.ilacs.json;

import io.github.ilacs.InvalidInspectionException;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The one failure of reading: the engine throws it with the {@link JsonProblem} and the details
 * a Jackson module needs to build its own exception (the target type, the refused text, the
 * unknown property and the known ones). Its message is {@link JsonProblem#message()}; for a
 * broken invariant its cause is the core's {@link InvalidInspectionException}.
 */
public final class JsonProblemException extends RuntimeException implements JsonProblem.Carrier {
  private static final long serialVersionUID = 1L;

  /** The problem reported. */
  private final JsonProblem problem;
  /** The type being read. */
  private final Class<?> targetType;
  /** The text refused, or null. */
  private final @Nullable String rejectedValue;
  /** The unknown property, or null. */
  private final @Nullable String unknownProperty;
  /** The properties the type knows, for an unknown property. */
  private final String[] knownProperties;

  /**
   * Creates the exception for a problem.
   *
   * @param problem the problem
   * @param targetType the type being read when it arose
   * @param cause the underlying failure (the core's exception for a broken invariant), or null
   * @throws IllegalArgumentException when the problem or the type is null
   */
  public JsonProblemException(JsonProblem problem, Class<?> targetType,
      @Nullable Throwable cause) {
    this(problem, targetType, cause, null, null, List.of());
  }

  /**
   * Creates the exception with every detail.
   *
   * @param problem the problem
   * @param targetType the type being read when it arose
   * @param cause the underlying failure, or null
   * @param rejectedValue the text refused (a date, a name, a label), or null
   * @param unknownProperty the unknown property's name, or null
   * @param knownProperties the properties the type knows, for an unknown property
   * @throws IllegalArgumentException when the problem, the type or the list is null
   */
  public JsonProblemException(JsonProblem problem, Class<?> targetType,
      @Nullable Throwable cause, @Nullable String rejectedValue,
      @Nullable String unknownProperty, List<String> knownProperties) {
    super(required(problem, "problem").message(), cause);
    this.problem = problem;
    this.targetType = required(targetType, "targetType");
    this.rejectedValue = rejectedValue;
    this.unknownProperty = unknownProperty;
    this.knownProperties = required(knownProperties, "knownProperties").toArray(new String[0]);
  }

  private static <T> T required(@Nullable T value, String name) {
    if (value == null) {
      throw new IllegalArgumentException(name + ": is required but was null");
    }
    return value;
  }

  /**
   * Returns the problem.
   *
   * @return the problem, never null
   */
  @Override
  public JsonProblem problem() {
    return problem;
  }

  /**
   * Returns the type being read when the problem arose, such as {@code Inspection}.
   *
   * @return the type, never null
   */
  public Class<?> targetType() {
    return targetType;
  }

  /**
   * Returns the text that was refused, for a problem of kind
   * {@link JsonProblem.Kind#INVALID_FORMAT}.
   *
   * @return the text, or empty
   */
  public Optional<String> rejectedValue() {
    return Optional.ofNullable(rejectedValue);
  }

  /**
   * Returns the unknown property's name, for a problem of kind
   * {@link JsonProblem.Kind#UNKNOWN_PROPERTY}.
   *
   * @return the name, or empty
   */
  public Optional<String> unknownProperty() {
    return Optional.ofNullable(unknownProperty);
  }

  /**
   * Returns the properties the type knows, for an unknown property.
   *
   * @return the names in the order they are written; empty for other problems
   */
  public List<String> knownProperties() {
    return List.of(knownProperties);
  }

  /**
   * Returns the core's exception behind a broken invariant.
   *
   * @return the cause when it is an {@link InvalidInspectionException}, otherwise empty
   */
  public Optional<InvalidInspectionException> invariant() {
    return getCause() instanceof InvalidInspectionException e ? Optional.of(e)
        : Optional.empty();
  }
}
