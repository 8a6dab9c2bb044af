package io.github.ilacs.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.github.ilacs.json.JsonProblem;
import io.github.ilacs.json.JsonProblemException;
import java.util.ArrayList;
import org.jspecify.annotations.Nullable;

/**
 * Turns the engine's {@link JsonProblemException} and the parser's own failures into Jackson 2
 * exceptions of the type {@link JsonProblem#kind()} names. Each implements
 * {@link JsonProblem.Carrier}, so {@link JsonProblem#find(Throwable)} finds the problem, and
 * its message is {@link JsonProblem#message()} (Jackson appends the location).
 */
final class Problems {
  private Problems() {}

  /** The Jackson exception for the engine's failure. */
  static JsonMappingException of(@Nullable JsonParser p, DeserializationContext ctxt,
      JsonProblemException e) {
    JsonProblem problem = e.problem();
    String msg = problem.message();
    Class<?> type = e.targetType();
    return switch (problem.kind()) {
      case UNKNOWN_PROPERTY -> new Unknown(p, problem, type,
          e.unknownProperty().orElse(""), e);
      case INVALID_FORMAT -> new Format(p, problem, e.rejectedValue().orElse(""), type);
      case BROKEN_INVARIANT -> new Invariant(p, problem, ctxt.constructType(type),
          e.getCause() == null ? e : e.getCause());
      case MALFORMED -> new Malformed(p, problem, e.getCause() == null ? e : e.getCause());
      case BAD_DEFINITION -> new Definition(p, problem, ctxt.constructType(type));
      case MISMATCHED_INPUT -> new Mismatch(p, problem, type);
    };
  }

  /** The Jackson exception for a failure of the parser itself, at the parser's place. */
  static JsonMappingException parser(JsonParser p, JsonProcessingException e) {
    String pointer = ParserInput.pointer(p.getParsingContext());
    JsonProblem problem = e instanceof StreamConstraintsException
        ? JsonProblem.parserLimit(pointer, e.getOriginalMessage())
        : JsonProblem.malformed(pointer, e.getOriginalMessage());
    return new Malformed(p, problem, e);
  }

  /** A problem of kind {@code MISMATCHED_INPUT}. */
  static final class Mismatch extends MismatchedInputException implements JsonProblem.Carrier {
    private static final long serialVersionUID = 1L;
    /** The problem reported. */
    private final JsonProblem problem;

    Mismatch(@Nullable JsonParser p, JsonProblem problem, Class<?> type) {
      super(p, problem.message(), type);
      this.problem = problem;
    }

    @Override
    public JsonProblem problem() {
      return problem;
    }
  }

  /** A problem of kind {@code UNKNOWN_PROPERTY}; Jackson appends the known properties. */
  static final class Unknown extends UnrecognizedPropertyException
      implements JsonProblem.Carrier {
    private static final long serialVersionUID = 1L;
    /** The problem reported. */
    private final JsonProblem problem;

    Unknown(@Nullable JsonParser p, JsonProblem problem, Class<?> type, String name,
        JsonProblemException e) {
      super(p, problem.message(), p == null ? null : p.currentLocation(), type, name,
          new ArrayList<Object>(e.knownProperties()));
      this.problem = problem;
    }

    @Override
    public JsonProblem problem() {
      return problem;
    }
  }

  /** A problem of kind {@code INVALID_FORMAT}. */
  static final class Format extends InvalidFormatException implements JsonProblem.Carrier {
    private static final long serialVersionUID = 1L;
    /** The problem reported. */
    private final JsonProblem problem;

    Format(@Nullable JsonParser p, JsonProblem problem, String value, Class<?> type) {
      super(p, problem.message(), value, type);
      this.problem = problem;
    }

    @Override
    public JsonProblem problem() {
      return problem;
    }
  }

  /** A problem of kind {@code BROKEN_INVARIANT}; the cause is the core's exception. */
  static final class Invariant extends ValueInstantiationException
      implements JsonProblem.Carrier {
    private static final long serialVersionUID = 1L;
    /** The problem reported. */
    private final JsonProblem problem;

    Invariant(@Nullable JsonParser p, JsonProblem problem, JavaType type, Throwable cause) {
      super(p, problem.message(), type, cause);
      this.problem = problem;
    }

    @Override
    public JsonProblem problem() {
      return problem;
    }
  }

  /** A problem of kind {@code MALFORMED}; the cause is the parser's exception. */
  static final class Malformed extends JsonMappingException implements JsonProblem.Carrier {
    private static final long serialVersionUID = 1L;
    /** The problem reported. */
    private final JsonProblem problem;

    Malformed(@Nullable JsonParser p, JsonProblem problem, Throwable cause) {
      super(p, problem.message(), cause);
      this.problem = problem;
    }

    @Override
    public JsonProblem problem() {
      return problem;
    }
  }

  /** A problem of kind {@code BAD_DEFINITION}: type ids were asked for. */
  static final class Definition extends InvalidDefinitionException
      implements JsonProblem.Carrier {
    private static final long serialVersionUID = 1L;
    /** The problem reported. */
    private final JsonProblem problem;

    Definition(@Nullable JsonParser p, JsonProblem problem, JavaType type) {
      super(p, problem.message(), type);
      this.problem = problem;
    }

    @Override
    public JsonProblem problem() {
      return problem;
    }
  }
}
