package io.github.ilacs.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.ilacs.rules.ValidationReport;
import io.github.ilacs.rules.Violation;
import java.io.IOException;

/**
 * Writers for validation results, so an API can return them: a report is
 * {@code {"clean", "errors", "warnings", "violations"}}, a violation
 * {@code {"code", "rule", "severity", "path", "message"}}.
 */
final class ReportWriters {
  private ReportWriters() {}

  static void report(ValidationReport r, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeBooleanField("clean", r.hasNoViolations());
    g.writeNumberField("errors", r.errors().size());
    g.writeNumberField("warnings", r.warnings().size());
    g.writeArrayFieldStart("violations");
    for (Violation v : r.violations()) {
      violation(v, g);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  static void violation(Violation v, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("code", v.code());
    g.writeStringField("rule", v.rule().name());
    g.writeStringField("severity", v.severity().name());
    g.writeStringField("path", v.path());
    g.writeStringField("message", v.message());
    g.writeEndObject();
  }
}
