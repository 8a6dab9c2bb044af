package io.github.ilacs.jackson3;

import io.github.ilacs.json.JsonProblem;
import io.github.ilacs.json.JsonProblemException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.exc.InvalidDefinitionException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * Turns the engine's problems into Jackson 3's exception types, one per
 * {@link JsonProblem.Kind}. Each type carries its problem ({@link JsonProblem.Carrier}), so
 * {@link JsonProblem#find(Throwable)} finds it, and its message is the problem's message
 * (Jackson appends where in the input it stopped).
 */
final class Failures {
  private Failures() {}

  /** The Jackson exception for a problem the engine raised. */
  static DatabindException of(JsonParser p, DeserializationContext ctxt, JsonProblemException e) {
    JsonProblem problem = e.problem();
    Class<?> type = e.targetType();
    switch (problem.kind()) {
      case UNKNOWN_PROPERTY:
        return new UnknownProperty(p, problem, type, e.unknownProperty().orElse(""),
            e.knownProperties());
      case INVALID_FORMAT:
        return new InvalidFormat(p, problem, e.rejectedValue().orElse(null), type);
      case BROKEN_INVARIANT:
        return new BrokenInvariant(p, problem, ctxt.constructType(type),
            e.getCause() == null ? e : e.getCause());
      case MALFORMED:
        return new Malformed(p, problem, e);
      case BAD_DEFINITION:
        return new BadDefinition(p, problem, ctxt.constructType(type));
      case MISMATCHED_INPUT:
      default:
        return new Mismatched(p, problem, type);
    }
  }

  /**
   * The Jackson exception for input the parser refused while the engine read it: malformed or
   * truncated JSON ({@code JS01}), or input beyond a parser limit ({@code JS02}).
   */
  static DatabindException parser(JsonParser p, JacksonException e) {
    String pointer = pointer(p);
    JsonProblem problem = e instanceof StreamConstraintsException
        ? JsonProblem.parserLimit(pointer, e.getOriginalMessage())
        : JsonProblem.malformed(pointer, e.getOriginalMessage());
    return new Malformed(p, problem, e);
  }

  /** The Jackson exception for JSON null where one of the format's values is expected. */
  static DatabindException of(@Nullable JsonParser p, JsonProblemException e) {
    return new Mismatched(p, e.problem(), e.targetType());
  }

  /** The Jackson exception for a type id asked of a value read. */
  static DatabindException noTypeIds(JsonParser p, JavaType type, JsonProblem problem) {
    return new BadDefinition(p, problem, type);
  }

  /** The Jackson exception for a type id asked of a value written. */
  static DatabindException noTypeIds(JsonGenerator g, JavaType type, JsonProblem problem) {
    return new BadWriteDefinition(g, problem, type);
  }

  /** The JSON pointer of the value the parser is on, {@code /} for the root or no parser. */
  static String pointer(@Nullable JsonParser p) {
    TokenStreamContext context = p == null ? null : p.streamReadContext();
    return context == null ? "/" : ParserInput.pointerOf(context);
  }

  /** A missing or null value, a wrong JSON type, a duplicate, a limit. */
  static final class Mismatched extends MismatchedInputException
      implements JsonProblem.Carrier {
    private static final long serialVersionUID = 1L;
    private final JsonProblem problem;

    Mismatched(@Nullable JsonParser p, JsonProblem problem, Class<?> type) {
      super(p, problem.message(), type);
      this.problem = problem;
    }

    @Override
    public JsonProblem problem() {
      return problem;
    }
  }

  /** A property the type does not know; Jackson appends the known ones. */
  static final class UnknownProperty extends UnrecognizedPropertyException
      implements JsonProblem.Carrier {
    private static final long serialVersionUID = 1L;
    private final JsonProblem problem;

    UnknownProperty(JsonParser p, JsonProblem problem, Class<?> type, String name,
        List<String> known) {
      super(p, problem.message(), p.currentLocation(), type, name, new ArrayList<Object>(known));
      this.problem = problem;
    }

    @Override
    public JsonProblem problem() {
      return problem;
    }
  }

  /** A text that is not a date, a constant name or a grade label of the format. */
  static final class InvalidFormat extends InvalidFormatException
      implements JsonProblem.Carrier {
    private static final long serialVersionUID = 1L;
    private final JsonProblem problem;

    InvalidFormat(JsonParser p, JsonProblem problem, @Nullable String value, Class<?> type) {
      super(p, problem.message(), value, type);
      this.problem = problem;
    }

    @Override
    public JsonProblem problem() {
      return problem;
    }
  }

  /** A value the core refuses to build; the cause is the core's exception. */
  static final class BrokenInvariant extends ValueInstantiationException
      implements JsonProblem.Carrier {
    private static final long serialVersionUID = 1L;
    private final JsonProblem problem;

    BrokenInvariant(JsonParser p, JsonProblem problem, JavaType type, Throwable cause) {
      super(p, problem.message(), type, cause);
      this.problem = problem;
    }

    @Override
    public JsonProblem problem() {
      return problem;
    }
  }

  /** Input the parser refused; the cause is the parser's exception. */
  static final class Malformed extends DatabindException implements JsonProblem.Carrier {
    private static final long serialVersionUID = 1L;
    private final JsonProblem problem;

    Malformed(JsonParser p, JsonProblem problem, Throwable cause) {
      super(p, problem.message(), p.currentLocation(), cause);
      this.problem = problem;
    }

    @Override
    public JsonProblem problem() {
      return problem;
    }
  }

  /** A type id asked of a value read: the format has none. */
  static final class BadDefinition extends InvalidDefinitionException
      implements JsonProblem.Carrier {
    private static final long serialVersionUID = 1L;
    private final JsonProblem problem;

    BadDefinition(JsonParser p, JsonProblem problem, JavaType type) {
      super(p, problem.message(), type);
      this.problem = problem;
    }

    @Override
    public JsonProblem problem() {
      return problem;
    }
  }

  /** A type id asked of a value written: the format has none. */
  static final class BadWriteDefinition extends InvalidDefinitionException
      implements JsonProblem.Carrier {
    private static final long serialVersionUID = 1L;
    private final JsonProblem problem;

    BadWriteDefinition(JsonGenerator g, JsonProblem problem, JavaType type) {
      super(g, problem.message(), type);
      this.problem = problem;
    }

    @Override
    public JsonProblem problem() {
      return problem;
    }
  }
}
