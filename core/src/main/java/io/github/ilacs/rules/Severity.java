package io.github.ilacs.rules;

/**
 * How serious a broken rule is.
 *
 * <p>A rule is an {@link #ERROR} when the record contradicts what a framework says in writing or
 * what cannot happen (an area the framework does not grade, two activities on site at once), and
 * a {@link #WARNING} when it departs from a pattern Ofsted usually follows but may break (the
 * patterns measured on published reports, docs/domain.md §3.4, usual on-site lengths, pathway
 * choices Ofsted may vary).
 */
public enum Severity {
  /** The record contradicts the framework: an app should not accept it as it is. */
  ERROR,
  /** The record is unusual: it may be right, but it deserves a second look. */
  WARNING
}
