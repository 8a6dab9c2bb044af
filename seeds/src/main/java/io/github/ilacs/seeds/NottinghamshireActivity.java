package io.github.ilacs.seeds;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * One activity of the Nottinghamshire seed history, with the JSON document that records it.
 *
 * <p>The documents live in this module under
 * {@code io/github/ilacs/seeds/nottinghamshire/}, one per activity, named by the month the
 * activity began and its kind. {@link NottinghamshireSeeds#activity(NottinghamshireActivity)}
 * loads one; {@link NottinghamshireSeeds#history()} loads them all.
 *
 * <p>The inspections of 2010 and 2011 that the 2015 report names only by month (March 2010,
 * February 2011, September 2011) are not activities: their days on site are not known.
 */
public enum NottinghamshireActivity {
  /** The unannounced inspection of contact, referral and assessment, 8 to 9 October 2009. */
  UNANNOUNCED_INSPECTION_2009("2009-10-unannounced-inspection", LocalDate.of(2009, 10, 29)),
  /** The single inspection framework inspection, 11 May to 4 June 2015 (overall good). */
  SIF_INSPECTION_2015("2015-05-sif-inspection", LocalDate.of(2015, 7, 20)),
  /** The focused visit on care leavers, 30 to 31 January 2018. */
  FOCUSED_VISIT_CARE_LEAVERS_2018("2018-01-focused-visit-care-leavers", LocalDate.of(2018, 2, 22)),
  /** The annual engagement meeting (then "annual conversation"), 17 May 2018. */
  ANNUAL_ENGAGEMENT_MEETING_2018("2018-05-annual-engagement-meeting", LocalDate.of(2018, 6, 4)),
  /** The one-day focused visit on the front door, 9 January 2019. */
  FOCUSED_VISIT_FRONT_DOOR_2019("2019-01-focused-visit-front-door", LocalDate.of(2019, 2, 1)),
  /** The ILACS standard inspection, 7 to 18 October 2019 (overall good). */
  STANDARD_INSPECTION_2019("2019-10-standard-inspection", LocalDate.of(2019, 12, 19)),
  /** The focused visit on children in need and child protection plans, 26 to 27 April 2022. */
  FOCUSED_VISIT_2022("2022-04-focused-visit", LocalDate.of(2022, 6, 1)),
  /** The ILACS short inspection, 20 to 24 May 2024 (overall good, leaders outstanding). */
  SHORT_INSPECTION_2024("2024-05-short-inspection", LocalDate.of(2024, 7, 12)),
  /** The one-day focused visit on the front door, 26 November 2025 (letter January 2026). */
  FOCUSED_VISIT_FRONT_DOOR_2025("2025-11-focused-visit-front-door", LocalDate.of(2026, 1, 12));

  private static final String FOLDER = "nottinghamshire/";

  private final String documentName;
  private final LocalDate letterDate;

  NottinghamshireActivity(String documentName, LocalDate letterDate) {
    this.documentName = documentName;
    this.letterDate = letterDate;
  }

  /**
   * Returns the name of the activity's document, without folder or extension, such as
   * {@code 2019-10-standard-inspection}.
   *
   * @return the name, never null
   */
  public String documentName() {
    return documentName;
  }

  /**
   * Returns the path of the activity's JSON document relative to this module's package, as
   * {@link Class#getResourceAsStream(String)} on a class of this package takes it.
   *
   * @return the path, such as {@code nottinghamshire/2019-10-standard-inspection.json}
   */
  public String resourcePath() {
    return FOLDER + documentName + ".json";
  }

  /**
   * Returns the date of the activity's letter or the publication date of its report: the day
   * from which the authority knew the outcome.
   *
   * @return the date, never null
   */
  public LocalDate letterDate() {
    return letterDate;
  }

  /**
   * Finds an activity by its constant name (ignoring case) or by its document name.
   *
   * @param name such as {@code STANDARD_INSPECTION_2019} or {@code 2019-10-standard-inspection};
   *     not null
   * @return the activity, or empty when none has that name
   */
  public static Optional<NottinghamshireActivity> find(String name) {
    String n = name.trim();
    String stem = n.toLowerCase(Locale.ROOT).endsWith(".json") ? n.substring(0, n.length() - 5) : n;
    return Arrays.stream(values())
        .filter(a -> a.name().equalsIgnoreCase(n) || a.documentName.equalsIgnoreCase(stem))
        .findFirst();
  }
}
