package io.github.ilacs.seeds;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ilacs.Inspection;
import io.github.ilacs.InspectionHistory;
import io.github.ilacs.LocalAuthority;
import io.github.ilacs.jackson.IlacsModule;
import io.github.ilacs.rules.ValidationReport;
import io.github.ilacs.rules.Validator;
import io.github.ilacs.rules.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The inspection history of Nottinghamshire County Council's children's services, from the
 * unannounced inspection of October 2009 to the focused visit of November 2025 (letter of
 * January 2026): one JSON document per activity ({@link NottinghamshireActivity}) in the
 * library's own format, read through the Jackson module ({@link IlacsModule}).
 *
 * <p>Dates, kinds, frameworks, grades and the kind of every formal finding are those of the
 * source letters and reports (and of the national outcomes table where a report leaves its
 * publication date out); finding summaries are written in our own words. Each activity records
 * its source document.
 *
 * <p>The documents are read once, on first use. The history is validated then with
 * {@link Validator#defaults()}: these are the library's own data, so a document that cannot be
 * read or a violation of severity ERROR is a defect of this module and is thrown as an
 * {@link IllegalStateException} naming it. All values returned are immutable; the class is
 * thread-safe.
 */
public final class NottinghamshireSeeds {
  private static @Nullable Loaded loaded;

  private NottinghamshireSeeds() {}

  /**
   * Returns the validated history: every activity of {@link NottinghamshireActivity}, in date
   * order.
   *
   * @return the history, the same instance on every call
   * @throws IllegalStateException when a document is missing or unreadable, or the validator
   *     reports an ERROR (a defect of this module)
   */
  public static InspectionHistory history() {
    return loaded().history;
  }

  /**
   * Returns the authority: Nottinghamshire, DfE code 891, Ofsted URN 80534, ONS code E10000024.
   *
   * @return the authority, never null
   * @throws IllegalStateException as for {@link #history()}
   */
  public static LocalAuthority authority() {
    return loaded().history.authority();
  }

  /**
   * Returns one activity of the history.
   *
   * @param activity the activity, not null
   * @return the inspection, the same instance as in {@link #history()}
   * @throws IllegalStateException as for {@link #history()}
   */
  public static Inspection activity(NottinghamshireActivity activity) {
    Inspection i = loaded().activities.get(activity);
    if (i == null) {
      throw new IllegalArgumentException("activity must not be null");
    }
    return i;
  }

  /**
   * Returns one activity of the history by its constant or document name.
   *
   * @param name such as {@code STANDARD_INSPECTION_2019} or {@code 2019-10-standard-inspection};
   *     not null
   * @return the inspection, the same instance as in {@link #history()}
   * @throws IllegalArgumentException when no activity has that name; the message lists the names
   * @throws IllegalStateException as for {@link #history()}
   */
  public static Inspection activity(String name) {
    return activity(NottinghamshireActivity.find(name).orElseThrow(() ->
        new IllegalArgumentException("no Nottinghamshire seed activity is named \"" + name
            + "\"; the activities are " + Arrays.stream(NottinghamshireActivity.values())
                .map(a -> a.name() + " (" + a.documentName() + ")")
                .collect(Collectors.joining(", ")))));
  }

  /**
   * Returns every activity by name, in date order.
   *
   * @return an unmodifiable map, one entry per {@link NottinghamshireActivity}
   * @throws IllegalStateException as for {@link #history()}
   */
  public static Map<NottinghamshireActivity, Inspection> activities() {
    return loaded().activities;
  }

  private static synchronized Loaded loaded() {
    Loaded l = loaded;
    if (l == null) {
      l = load();
      loaded = l;
    }
    return l;
  }

  private static Loaded load() {
    ObjectMapper mapper = new ObjectMapper().registerModule(new IlacsModule());
    Map<NottinghamshireActivity, Inspection> activities =
        new EnumMap<>(NottinghamshireActivity.class);
    List<Inspection> inspections = new ArrayList<>();
    for (NottinghamshireActivity a : NottinghamshireActivity.values()) {
      Inspection i = read(mapper, a.resourcePath());
      activities.put(a, i);
      inspections.add(i);
    }
    InspectionHistory history = checked(
        InspectionHistory.of(inspections.get(0).authority(), inspections));
    return new Loaded(history, Collections.unmodifiableMap(activities));
  }

  /** Returns the history unchanged, or throws when the validator reports an ERROR. */
  static InspectionHistory checked(InspectionHistory history) {
    ValidationReport report = Validator.defaults().validate(history);
    if (report.hasErrors()) {
      throw new IllegalStateException("the Nottinghamshire seed history breaks "
          + report.errors().size() + " rule(s) of severity ERROR: " + report.errors().stream()
              .map(Violation::toString).collect(Collectors.joining("; ")));
    }
    return history;
  }

  /** Reads one document, a path relative to this class's package. */
  static Inspection read(ObjectMapper mapper, String resourcePath) {
    try (InputStream in = NottinghamshireSeeds.class.getResourceAsStream(resourcePath)) {
      if (in == null) {
        throw new IllegalStateException("seed document " + resourcePath
            + " is missing from the ilacs-seeds jar");
      }
      return mapper.readValue(in, Inspection.class);
    } catch (IOException e) {
      throw new IllegalStateException("seed document " + resourcePath
          + " cannot be read: " + e.getMessage(), e);
    }
  }

  /** The documents as read and validated. */
  private static final class Loaded {
    final InspectionHistory history;
    final Map<NottinghamshireActivity, Inspection> activities;

    Loaded(InspectionHistory history, Map<NottinghamshireActivity, Inspection> activities) {
      this.history = history;
      this.activities = activities;
    }
  }
}
