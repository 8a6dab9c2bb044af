/**
 * The England and Wales calendar that statutory deadlines run on: {@link
 * io.github.ilacs.calendar.BankHolidays} computed from the rules for the years 1978 to 9999
 * (with the one-off and moved days, and room for announced changes; earlier years are refused)
 * and {@link io.github.ilacs.calendar.WorkingDays} arithmetic. Depends on nothing else in the
 * library. Every type here is immutable and thread-safe; nothing returns null.
 */
@NullMarked
package io.github.ilacs.calendar;

import org.jspecify.annotations.NullMarked;
