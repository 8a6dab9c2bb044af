package io.github.ilacs.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.util.VersionUtil;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.jsontype.TypeDeserializer;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.util.AccessPattern;
import io.github.ilacs.Finding;
import io.github.ilacs.FindingKind;
import io.github.ilacs.Framework;
import io.github.ilacs.Grade;
import io.github.ilacs.GradeScale;
import io.github.ilacs.Inspection;
import io.github.ilacs.InspectionHistory;
import io.github.ilacs.InspectionKind;
import io.github.ilacs.Judgement;
import io.github.ilacs.JudgementArea;
import io.github.ilacs.LocalAuthority;
import io.github.ilacs.Source;
import io.github.ilacs.Theme;
import io.github.ilacs.Trend;
import io.github.ilacs.compare.Comparison;
import io.github.ilacs.compare.Distribution;
import io.github.ilacs.compare.LatestGrade;
import io.github.ilacs.compare.Position;
import io.github.ilacs.compare.Standing;
import io.github.ilacs.json.JsonFormat;
import io.github.ilacs.json.JsonProblem;
import io.github.ilacs.json.JsonProblemException;
import io.github.ilacs.json.ReadSettings;
import io.github.ilacs.json.ValueReader;
import io.github.ilacs.json.ValueWriter;
import io.github.ilacs.pathway.Deadline;
import io.github.ilacs.pathway.ExpectedActivity;
import io.github.ilacs.pathway.InspectionPathway;
import io.github.ilacs.pathway.Window;
import io.github.ilacs.plan.Action;
import io.github.ilacs.plan.FindingRef;
import io.github.ilacs.plan.ImprovementPlan;
import io.github.ilacs.plan.Milestone;
import io.github.ilacs.plan.PlanProgress;
import io.github.ilacs.plan.PlanReport;
import io.github.ilacs.plan.PlanViolation;
import io.github.ilacs.plan.ProgressStatus;
import io.github.ilacs.plan.ProgressUpdate;
import io.github.ilacs.plan.ReportingCadence;
import io.github.ilacs.rules.Rule;
import io.github.ilacs.rules.Severity;
import io.github.ilacs.rules.ValidationReport;
import io.github.ilacs.rules.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Properties;

/**
 * The Jackson module for the ilacs vocabulary.
 *
 * <p>It registers explicit serializers and deserializers for {@link InspectionHistory},
 * {@link Inspection}, {@link LocalAuthority}, {@link Judgement}, {@link Finding},
 * {@link Source} and the enums ({@link Framework}, {@link InspectionKind},
 * {@link JudgementArea}, {@link Grade}, {@link FindingKind}, {@link Theme}, {@link Trend}),
 * and serializers (write only) for validation results: {@link ValidationReport} as
 * {@code {"clean", "errors", "warnings", "violations"}} with the counts of errors and warnings,
 * {@link Violation} as {@code {"code", "rule", "severity", "path", "message"}}, {@link Rule}
 * and {@link Severity} as constant names; and serializers (write only) for pathway answers:
 * {@link InspectionPathway} as {@code {"asOf", "authority", "coverage", "errors", "pathway",
 * "reasons", "basis", "pending", "nextInspection", "forecastWindow", "scheduled",
 * "interimActivities", "deadlines", "overdue", "explanation"}} ({@code errors} are the history's
 * ERROR-level violations; {@code scheduled}, {@code {"window", "backlogPlace", "reasons"}}, only
 * for an answer with a national schedule's window), {@link ExpectedActivity} as {@code {"kinds", "window", "status",
 * "overdueSince", "satisfiedBy", "reasons"}}, {@link Window} as {@code {"earliest",
 * "expected", "latest"}}, {@link Deadline} as {@code {"kind", "countedFrom", "from",
 * "workingDays", "due", "status", "reasons"}}, reasons as their codes, and the enums as
 * constant names ({@code basis}, {@code pending} and {@code satisfiedBy} are inspections,
 * {@code overdueSince} a date, each omitted when empty); and serializers (write only) for
 * comparisons: {@link Comparison} as
 * {@code {"asOf", "framework", "areas", "region", "authority", "neighbours", "groups"}},
 * {@link Standing} as {@code {"authority", "latestInspection", "grades"}}, {@link LatestGrade}
 * as {@code {"area", "status", "grade", "gradedAs", "inspection"}} (an inspection by reference:
 * framework, kind and dates), {@link Distribution} as {@code {"outstanding", "good",
 * "requiresImprovement", "inadequate", "notGraded", "total"}} and {@link Position} as
 * {@code {"ahead", "level", "behind", "notGraded"}}.
 *
 * <p>Improvement plans are read and written too: {@link ImprovementPlan} as {@code {"authority",
 * "answers", "drafted", "submitted", "revised", "cadence", "progressReports", "actions",
 * "note", "source"}} ({@code answers} are inspection objects), {@link Action} as
 * {@code {"id", "answers", "what", "owner", "due", "dueReason", "milestones", "updates",
 * "completed"}}, {@link FindingRef} as {@code {"inspectionKind", "inspectionStart",
 * "finding"}} (the finding's position from 0), {@link Milestone} as {@code {"what", "due",
 * "reached"}}, {@link ProgressUpdate} as {@code {"date", "status", "note"}},
 * {@link ReportingCadence} as {@code {"months", "to"}} and {@link ProgressStatus} as constant
 * names; {@link PlanReport} and {@link PlanViolation} are written (only) like validation
 * reports, and {@link PlanProgress} (only) as {@code {"asOf", "overdue", "deadlines",
 * "overdueItems", "atRisk", "unanswered", "recurring", "nextProgressReport"}} (a deadline as
 * {@code {"answers": {"kind", "start"}, "deadline", "met"}}, an overdue item as
 * {@code {"item", "what", "due"}}, an action at risk as its id, a recurrence as
 * {@code {"answered", "action", "completeSince", "theme", "later": {"kind", "start"},
 * "laterFinding"}}). The schema's {@code $defs} describe the plan ({@code improvementPlan}) and its
 * parts. The Jackson 3 module {@code ilacs-jackson3} reads and writes the same format with the
 * same engine.
 * Values are built through the core's builders, so the core carries no Jackson annotation and
 * opens no package.
 * The module is a service: {@code JsonMapper.builder().findAndAddModules()} and
 * {@code ObjectMapper.findAndRegisterModules()} find it on the class path and on the module
 * path.
 *
 * <h2>The format</h2>
 * Property names are camelCase, dates ISO-8601 ({@code 2022-04-26}), enums their constant
 * names. Grades are written as constant names. Inside an inspection they are read with the
 * scale of its framework ({@link GradeScale#find(String)} of {@link Framework#gradeScale()}):
 * the constant names on every scale, the framework's official labels ("Requires improvement to
 * be good"; "Adequate" only for frameworks before November 2013) and the variants the scale
 * knows. A {@link Grade} or {@link Judgement} read on its own has no framework: it accepts what
 * either scale accepts, which is unambiguous because no text names different grades on the two
 * scales. Optional properties ({@code urn},
 * {@code onsCode}, {@code published}, {@code focus}, {@code source}, a finding's {@code area},
 * a source's {@code url}) are omitted when empty; on reading, an absent property and JSON
 * {@code null} both mean empty. Lists ({@code judgements}, {@code findings}, {@code themes},
 * {@code inspections}) are always written and read as empty when absent or null. The JSON
 * Schema (draft 2020-12) is {@link #SCHEMA_RESOURCE} in this jar.
 *
 * <h2>Strictness</h2>
 * Every failure is a {@link JsonProcessingException} whose message is the
 * {@link JsonProblem#message()} of the problem behind it: the JSON pointer of the offending
 * value (such as {@code /inspections/2/end}), the rule code in brackets (a core invariant
 * {@code IVnn} or a format rule {@code JSnn} of {@link io.github.ilacs.json.FormatRule}) and
 * what was expected, such as
 * {@code /inspections/2/end: [IV02] end: 2019-10-01 is before start 2019-10-07 (...)}; Jackson
 * appends where in the input it stopped. {@link JsonProblem#find(Throwable)} returns the problem
 * (pointer, code, text) from any of these exceptions or an exception that wraps one. The reading
 * itself is the engine in {@code ilacs-json}, which the Jackson 3 module shares, so both report
 * the same problem for the same document.
 * <ul>
 *   <li>an unknown property ({@code [JS05]}) fails with an
 *       {@code UnrecognizedPropertyException} listing the known ones, unless the module is
 *       built with {@link Builder#ignoreUnknownProperties(boolean)
 *       ignoreUnknownProperties(true)}; the mapper's {@code FAIL_ON_UNKNOWN_PROPERTIES} is
 *       deliberately not consulted, so that frameworks which switch it off globally do not
 *       silently relax this format;</li>
 *   <li>a missing or null required property ({@code [IV01]}), a wrong JSON type
 *       ({@code [JS03]}), a duplicate property ({@code [JS04]}), a theme listed twice in a
 *       finding ({@code [JS07]}), a list element that is null ({@code [IV01]}), a text or a
 *       list beyond its limit ({@code [IV14]}, {@code [IV15]}) fails with a
 *       {@code MismatchedInputException};</li>
 *   <li>JSON {@code null} where a value of one of these types is expected, wherever Jackson
 *       meets it (the root of the document, an element of an array or collection, a map
 *       value, a property of the application's own class), fails with a
 *       {@code MismatchedInputException} such as
 *       {@code /: [IV01] null is not allowed here; expected an inspection object}, instead of
 *       reading as Java {@code null};</li>
 *   <li>an unknown enum name ({@code [IV10]}; the message lists the accepted ones), an unknown
 *       grade name or label ({@code [IV09]}, read on its own or inside an inspection), an
 *       unparseable date ({@code [JS06]}) or national framework reference ({@code [JS08]})
 *       fails with an {@code InvalidFormatException};</li>
 *   <li>a broken invariant of the core ({@code io.github.ilacs.Invariant}) fails with a
 *       {@code ValueInstantiationException} whose cause is the core's exception;</li>
 *   <li>malformed or truncated JSON ({@code [JS01]}), or input beyond a limit of the parser's
 *       {@code StreamReadConstraints} ({@code [JS02]}), fails with a
 *       {@code JsonMappingException} naming where reading stopped and wrapping the parser's
 *       exception.</li>
 * </ul>
 * Input is bounded: a string longer than {@link #MAX_TEXT_LENGTH} characters or a list longer
 * than {@link #MAX_ITEMS} elements fails; nesting depth, number and document limits are the
 * mapper's {@code StreamReadConstraints} (Jackson's defaults unless the application sets
 * them). The module writes and reads no type ids: registering it on a mapper with default typing
 * fails with an {@code IllegalArgumentException} that says so, and a type id asked for later
 * fails with an {@code InvalidDefinitionException} with the same words ({@code [JS09]}).
 *
 * <p>Instances are immutable and thread-safe once registered.
 */
public final class IlacsModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** The module's name, as {@link #getModuleName()} reports it. */
  public static final String NAME = "ilacs";

  /**
   * The longest string the deserializers accept, in characters: the core's {@link
   * io.github.ilacs.Limits#MAX_TEXT_LENGTH}, so whatever the core holds the module writes and
   * reads back.
   */
  public static final int MAX_TEXT_LENGTH = JsonFormat.MAX_TEXT_LENGTH;

  /**
   * The most elements the deserializers accept in one list: the core's {@link
   * io.github.ilacs.Limits#MAX_ITEMS}.
   */
  public static final int MAX_ITEMS = JsonFormat.MAX_ITEMS;

  /**
   * The class-path resource (absolute name) of the JSON Schema of an inspection history, in
   * {@code ilacs-json} (the engine this module and {@code ilacs-jackson3} share);
   * {@link #historySchema()} opens it.
   */
  public static final String SCHEMA_RESOURCE = JsonFormat.SCHEMA_RESOURCE;

  private static final Version VERSION = readVersion();

  /** Why default typing and other type ids are refused, and what to do instead. */
  static final String NO_TYPE_IDS = JsonFormat.NO_TYPE_IDS;

  /** What the deserializers are told. */
  private final ReadSettings settings;

  /**
   * Creates the module with the default, strict settings: unknown properties fail. This is the
   * constructor the service loader calls.
   */
  public IlacsModule() {
    this(ReadSettings.STRICT);
  }

  private IlacsModule(ReadSettings settings) {
    super(NAME, VERSION);
    this.settings = settings;
    for (ValueWriter<?> writer : JsonFormat.writers()) {
      addWriter(writer);
    }
    for (ValueReader<?> reader : JsonFormat.readers()) {
      addReader(reader);
    }
  }

  /**
   * Returns a builder for a module with non-default settings.
   *
   * @return a builder with the default, strict settings
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Tells whether the deserializers skip unknown properties instead of failing.
   *
   * @return false for the default, strict module
   */
  public boolean ignoresUnknownProperties() {
    return settings.ignoreUnknownProperties();
  }

  /**
   * Returns the module's name, {@value #NAME}, whatever its settings.
   *
   * @return {@value #NAME}
   */
  @Override
  public String getModuleName() {
    return NAME;
  }

  /**
   * Returns the id Jackson uses to skip a module registered again: the module's settings. A
   * second module with the same settings changes nothing and is skipped; a module with other
   * settings (strict after relaxed, or relaxed after strict) is registered, and as Jackson
   * consults the deserializers registered last first, the module registered last wins.
   *
   * @return {@value #NAME} for the strict module, {@code ilacs/ignoreUnknownProperties} for
   *     the relaxed one
   */
  @Override
  public Object getTypeId() {
    return settings.ignoreUnknownProperties() ? NAME + "/ignoreUnknownProperties" : NAME;
  }

  /**
   * Registers the module's serializers and deserializers, after checking that the mapper does
   * not use default typing.
   *
   * @param context the mapper's setup context
   * @throws IllegalArgumentException when the mapper has default typing activated; a mapper
   *     that activates it after the module registered fails at the first typed value with a
   *     {@code JsonMappingException} saying the same
   */
  @Override
  public void setupModule(SetupContext context) {
    if (context.getOwner() instanceof com.fasterxml.jackson.databind.ObjectMapper mapper
        && mapper.getSerializationConfig()
            .getDefaultTyper(mapper.constructType(Object.class)) != null) {
      throw new IllegalArgumentException(NO_TYPE_IDS);
    }
    super.setupModule(context);
  }

  /**
   * Returns the artifact version of {@code ilacs-jackson}, read from the jar.
   *
   * @return the version, with group {@code io.github.ilacs} and artifact {@code ilacs-jackson}
   */
  @Override
  public Version version() {
    return VERSION;
  }

  /**
   * Opens the JSON Schema (draft 2020-12) of an inspection history shipped in this jar; its
   * {@code $defs} describe the inspection, authority, judgement, finding and source, and the
   * improvement plan ({@code improvementPlan}) and its parts.
   *
   * @return a new stream the caller closes
   * @throws UncheckedIOException when the resource is missing from the jar
   */
  public static InputStream historySchema() {
    return JsonFormat.historySchema();
  }

  private static Version readVersion() {
    URL url = IlacsModule.class.getResource("version.properties");
    Properties props = new Properties();
    if (url != null) {
      try (InputStream in = url.openStream()) {
        props.load(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return VersionUtil.parseVersion(props.getProperty("version"),
        props.getProperty("groupId"), props.getProperty("artifactId"));
  }

  private <T> void addReader(ValueReader<T> reader) {
    addDeserializer(reader.type(), new ValueDeserializer<>(reader, settings));
  }

  private <T> void addWriter(ValueWriter<T> writer) {
    addSerializer(writer.type(), new ValueSerializer<>(writer));
  }

  private static final class ValueSerializer<T> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;
    private final ValueWriter<T> writer;

    ValueSerializer(ValueWriter<T> writer) {
      super(writer.type());
      this.writer = writer;
    }

    @Override
    public void serialize(T value, JsonGenerator g, SerializerProvider provider)
        throws IOException {
      writer.write(value, new GeneratorOutput(g));
    }

    /** Type ids are refused with {@link #NO_TYPE_IDS}. */
    @Override
    public void serializeWithType(T value, JsonGenerator g, SerializerProvider provider,
        TypeSerializer typeSer) throws IOException {
      provider.reportBadDefinition(handledType(), JsonFormat.noTypeIds("/").message());
    }
  }

  private static final class ValueDeserializer<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;
    private final ValueReader<T> reader;
    private final ReadSettings settings;

    ValueDeserializer(ValueReader<T> reader, ReadSettings settings) {
      super(reader.type());
      this.reader = reader;
      this.settings = settings;
    }

    /** JSON null where one of the module's values is expected fails instead of reading null. */
    @Override
    public T getNullValue(DeserializationContext ctxt) throws JsonMappingException {
      throw nullNotAllowed(ctxt);
    }

    /** An "empty" value (a coerced empty string, say) fails as null does. */
    @Override
    public Object getEmptyValue(DeserializationContext ctxt) throws JsonMappingException {
      throw nullNotAllowed(ctxt);
    }

    private JsonMappingException nullNotAllowed(DeserializationContext ctxt) {
      JsonParser p = ctxt.getParser();
      return Problems.of(p, ctxt, reader.nullNotAllowed(
          ParserInput.pointer(p == null ? null : p.getParsingContext())));
    }

    /** Jackson must ask {@link #getNullValue} each time: it throws. */
    @Override
    public AccessPattern getNullAccessPattern() {
      return AccessPattern.DYNAMIC;
    }

    /** Jackson must ask {@link #getEmptyValue} each time: it throws. */
    @Override
    public AccessPattern getEmptyAccessPattern() {
      return AccessPattern.DYNAMIC;
    }

    /** Type ids are refused with {@link #NO_TYPE_IDS}. */
    @Override
    public Object deserializeWithType(JsonParser p, DeserializationContext ctxt,
        TypeDeserializer typeDeserializer) throws IOException {
      JsonProblem problem = JsonFormat.noTypeIds(ParserInput.pointer(p.getParsingContext()));
      throw Problems.of(p, ctxt, new JsonProblemException(problem, handledType(), null));
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      try {
        return reader.read(new ParserInput(p), settings);
      } catch (JsonProblemException e) {
        throw Problems.of(p, ctxt, e);
      } catch (JsonMappingException e) {
        throw e;
      } catch (JsonProcessingException e) {
        throw Problems.parser(p, e);
      }
    }
  }

  /**
   * Builds a module with non-default settings.
   *
   * <p>Not thread-safe; the module it builds is.
   */
  public static final class Builder {
    private boolean ignoreUnknownProperties;

    Builder() {}

    /**
     * Sets whether unknown properties are skipped (true) or fail (false, the default).
     *
     * @param ignore true to skip unknown properties
     * @return this builder
     */
    public Builder ignoreUnknownProperties(boolean ignore) {
      this.ignoreUnknownProperties = ignore;
      return this;
    }

    /**
     * Builds the module.
     *
     * @return a new module, never null
     */
    public IlacsModule build() {
      return new IlacsModule(ReadSettings.of(ignoreUnknownProperties));
    }
  }
}
