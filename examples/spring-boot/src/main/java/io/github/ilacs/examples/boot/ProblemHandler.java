package io.github.ilacs.examples.boot;

import io.github.ilacs.json.JsonProblem;
import java.util.Optional;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;

/**
 * Turns every failure into an RFC 9457 problem-details answer, never a stack trace: a body the
 * ilacs format refuses gives 400 with the JSON pointer and rule code of the problem, a bad
 * {@code asOf} 400 naming the parameter, a query string that cannot be decoded 400, an unknown
 * authority 404, anything unexpected 500 with nothing of its inside. Spring's own failures
 * (unsupported media type, wrong method, ...) keep the status and problem details Spring gives
 * them.
 */
@RestControllerAdvice
final class ProblemHandler extends ResponseEntityExceptionHandler {
  private static final Logger LOG = LoggerFactory.getLogger(ProblemHandler.class);
  /** The longest value sent by a client that an answer repeats. */
  private static final int ECHO_LIMIT = 60;

  @Override
  protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status,
      WebRequest request) {
    JsonProblem problem = JsonProblem.find(ex).orElseGet(() -> parserProblem(ex));
    ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, problem.text());
    body.setTitle("Request body refused");
    body.setProperty("pointer", problem.pointer());
    body.setProperty("code", problem.code());
    return handleExceptionInternal(ex, body, headers, HttpStatus.BAD_REQUEST, request);
  }

  @ExceptionHandler(BadParameterException.class)
  ProblemDetail badParameter(BadParameterException e) {
    ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
        e.parameter() + ": '" + echo(e.value()) + "' is refused: " + e.rule());
    body.setTitle("Query parameter refused");
    body.setProperty("parameter", e.parameter());
    body.setProperty("value", echo(e.value()));
    body.setProperty("rule", e.rule());
    return body;
  }

  @ExceptionHandler(UnknownAuthorityException.class)
  ProblemDetail unknownAuthority(UnknownAuthorityException e) {
    ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
        "no built-in history for DfE code '" + echo(e.code()) + "': the built-in data hold the "
            + "authorities of Ofsted's national outcomes table (graded inspections begun by "
            + "31 December 2024) and Nottinghamshire's (891) fuller record");
    body.setTitle("Unknown authority");
    body.setProperty("authority", echo(e.code()));
    return body;
  }

  /** A query string Tomcat cannot decode (bad percent-encoding, not UTF-8): the client's fault. */
  @ExceptionHandler(InvalidParameterException.class)
  ProblemDetail undecodableQuery(InvalidParameterException e) {
    ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
        "the query string is not percent-encoded UTF-8 (RFC 3986)");
    body.setTitle("Query string refused");
    return body;
  }

  /** Anything else is the service's fault: logged here, a plain 500 to the client. */
  @ExceptionHandler(Exception.class)
  ProblemDetail unexpected(Exception e) {
    LOG.error("request failed", e);
    ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
        "the service failed to answer; its log says why");
    body.setTitle("Internal error");
    return body;
  }

  /**
   * The problem for a body that Jackson's parser refused before the ilacs module saw a value (a
   * blank body, text after the document, a first character that cannot start JSON, a root
   * number beyond the parser's length limit), or that no Jackson exception explains (an empty
   * body).
   */
  private static JsonProblem parserProblem(HttpMessageNotReadableException ex) {
    Optional<JacksonException> limit = cause(ex, StreamConstraintsException.class);
    if (limit.isPresent()) {
      return JsonProblem.parserLimit(pointer(limit.get()), words(limit.get()));
    }
    return cause(ex, JacksonException.class)
        .map(e -> JsonProblem.malformed(pointer(e), words(e)))
        .orElseGet(() -> JsonProblem.malformed("/", "the request has no JSON document"));
  }

  private static Optional<JacksonException> cause(Throwable thrown,
      Class<? extends JacksonException> type) {
    for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return Optional.of((JacksonException) t);
      }
    }
    return Optional.empty();
  }

  private static String words(JacksonException e) {
    return Optional.ofNullable(e.getOriginalMessage()).orElse("unreadable input");
  }

  /** Where the parser stopped, or the path Jackson recorded, as a JSON pointer. */
  private static String pointer(JacksonException e) {
    String pointer = "";
    if (e instanceof StreamReadException read && read.processor() != null) {
      pointer = read.processor().streamReadContext().pathAsPointer().toString();
    } else {
      StringBuilder path = new StringBuilder();
      for (JacksonException.Reference step : e.getPath()) {
        path.append('/');
        String name = step.getPropertyName();
        path.append(name != null ? name.replace("~", "~0").replace("/", "~1")
            : String.valueOf(step.getIndex()));
      }
      pointer = path.toString();
    }
    return pointer.isEmpty() ? "/" : pointer;
  }

  private static String echo(String value) {
    return value.length() <= ECHO_LIMIT ? value : value.substring(0, ECHO_LIMIT) + "...";
  }
}
