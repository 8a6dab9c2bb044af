package io.github.ilacs.jackson3;

import io.github.ilacs.json.JsonFormat;
import io.github.ilacs.json.JsonProblem;
import io.github.ilacs.json.ReadSettings;
import io.github.ilacs.json.ValueReader;
import io.github.ilacs.json.ValueWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Properties;
import tools.jackson.core.Version;
import tools.jackson.core.util.VersionUtil;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.cfg.MapperBuilder;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleSerializers;

/**
 * The Jackson 3 module for the ilacs vocabulary: the format, the strictness and the writers of
 * {@code ilacs-jackson}'s module, on {@code tools.jackson}.
 *
 * <p>It registers a deserializer for every type the ilacs JSON format reads (histories,
 * inspections, authorities, judgements, findings, sources, improvement plans and their parts,
 * the enums) and a serializer for every type it writes (those, and the answers written only:
 * validation reports, pathway answers, comparisons, plan reports and plan progress), as
 * {@link JsonFormat} lists them. Both Jackson modules run the same engine
 * ({@code io.github.ilacs.json}), so they read and write the same bytes and refuse the same
 * documents with the same pointer, rule code and words. The README's "JSON format" section
 * describes the format; the JSON Schema is {@link #historySchema()}.
 *
 * <h2>Strictness</h2>
 * Every failure is a Jackson 3 {@code DatabindException} whose message starts with the JSON
 * pointer of the offending value, then the rule code ({@code [IV02]}, {@code [JS05]}) and what
 * was expected; {@link JsonProblem#find(Throwable)} returns its {@link JsonProblem}:
 * <ul>
 *   <li>an unknown property: {@code UnrecognizedPropertyException} (Jackson appends the known
 *       ones), unless the module is built with
 *       {@link Builder#ignoreUnknownProperties(boolean) ignoreUnknownProperties(true)}; the
 *       mapper's {@code FAIL_ON_UNKNOWN_PROPERTIES} is deliberately not consulted;</li>
 *   <li>a missing or null required value, a wrong JSON type, a duplicate property, a text or
 *       list beyond its limit, and JSON {@code null} wherever a value of these types is
 *       expected (the root, a collection's element, a property of the application's own
 *       class): {@code MismatchedInputException};</li>
 *   <li>an unknown constant name or grade label, a date that is not {@code yyyy-mm-dd}:
 *       {@code InvalidFormatException};</li>
 *   <li>a broken invariant of the core: {@code ValueInstantiationException} whose cause is the
 *       core's {@code InvalidInspectionException};</li>
 *   <li>malformed or truncated JSON, or input beyond the parser's
 *       {@code StreamReadConstraints}, met while the module reads: a {@code DatabindException}
 *       wrapping the parser's exception;</li>
 *   <li>a type id (default typing): {@code InvalidDefinitionException}.</li>
 * </ul>
 * The format has no type ids: building a mapper that activates default typing with this module
 * fails with an {@link IllegalArgumentException} that says so.
 *
 * <p>The module is a service: {@code JsonMapper.builder().findAndAddModules()} finds it on the
 * class path and on the module path. A mapper holds one ilacs module: registering another
 * (strict after relaxed, say) replaces the one registered before. Instances are immutable,
 * thread-safe and serializable.
 */
public final class IlacsModule extends JacksonModule implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The module's name, as {@link #getModuleName()} reports it. */
  public static final String NAME = "ilacs";

  /** The longest string read, in characters: {@link JsonFormat#MAX_TEXT_LENGTH}. */
  public static final int MAX_TEXT_LENGTH = JsonFormat.MAX_TEXT_LENGTH;

  /** The most elements read in one list: {@link JsonFormat#MAX_ITEMS}. */
  public static final int MAX_ITEMS = JsonFormat.MAX_ITEMS;

  /**
   * The class-path resource (absolute name) of the JSON Schema of an inspection history,
   * shipped in {@code ilacs-json}; {@link #historySchema()} opens it.
   */
  public static final String SCHEMA_RESOURCE = JsonFormat.SCHEMA_RESOURCE;

  private static final Version VERSION = readVersion();

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
    this.settings = settings;
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
   * Returns the artifact version of {@code ilacs-jackson3}, read from the jar.
   *
   * @return the version, with group {@code io.github.ilacs} and artifact {@code ilacs-jackson3}
   */
  @Override
  public Version version() {
    return VERSION;
  }

  /**
   * Returns the id under which a mapper builder keeps the module: {@value #NAME} whatever the
   * settings, so a mapper holds one ilacs module and the one added last replaces any added
   * before (the service loader's strict module, say, by a relaxed one added after
   * {@code findAndAddModules()}).
   *
   * @return {@value #NAME}
   */
  @Override
  public Object getRegistrationId() {
    return NAME;
  }

  /**
   * Registers a serializer for every type the format writes and a deserializer for every type
   * it reads, after checking that the mapper does not use default typing.
   *
   * @param context the mapper builder's setup context
   * @throws IllegalArgumentException when the mapper has default typing activated
   */
  @Override
  public void setupModule(SetupContext context) {
    if (context.getOwner() instanceof MapperBuilder<?, ?> builder
        && builder.baseSettings().getDefaultTyper() != null) {
      throw new IllegalArgumentException(JsonFormat.NO_TYPE_IDS);
    }
    SimpleSerializers serializers = new SimpleSerializers();
    for (ValueWriter<?> writer : JsonFormat.writers()) {
      addSerializer(serializers, writer);
    }
    SimpleDeserializers deserializers = new SimpleDeserializers();
    for (ValueReader<?> reader : JsonFormat.readers()) {
      addDeserializer(deserializers, reader);
    }
    context.addSerializers(serializers);
    context.addDeserializers(deserializers);
  }

  private static <T> void addSerializer(SimpleSerializers serializers, ValueWriter<T> writer) {
    serializers.addSerializer(writer.type(), new IlacsSerializer<>(writer));
  }

  private <T> void addDeserializer(SimpleDeserializers deserializers, ValueReader<T> reader) {
    deserializers.addDeserializer(reader.type(), new IlacsDeserializer<>(reader, settings));
  }

  /**
   * Opens the JSON Schema (draft 2020-12) of an inspection history, the same for both Jackson
   * modules; its {@code $defs} describe the inspection, authority, judgement, finding and
   * source, and the improvement plan ({@code improvementPlan}) and its parts.
   *
   * @return a new stream the caller closes
   * @throws UncheckedIOException when the resource is missing
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
