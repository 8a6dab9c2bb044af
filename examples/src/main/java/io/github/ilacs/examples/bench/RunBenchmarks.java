package io.github.ilacs.examples.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every benchmark of this package with JMH's gc profiler on one thread, then prints a
 * Markdown table of time and bytes allocated per operation, with the ratios of the ilacs module
 * to the plain records.
 *
 * <p>Arguments: {@code --quick} for a short smoke run (one iteration each; figures are not
 * meaningful). By default: one fork, 5 warm-up and 5 measured iterations of 2 seconds.
 */
public final class RunBenchmarks {
  private RunBenchmarks() {}

  /**
   * Runs the benchmarks and prints the table.
   *
   * @param args {@code --quick} or nothing
   * @throws RunnerException when JMH fails
   */
  public static void main(String[] args) throws RunnerException {
    boolean quick = List.of(args).contains("--quick");
    Options options = new OptionsBuilder()
        .include(RunBenchmarks.class.getPackageName() + ".*Benchmarks")
        .forks(1)
        .threads(1)
        .warmupIterations(quick ? 1 : 5)
        .warmupTime(TimeValue.seconds(quick ? 1 : 2))
        .measurementIterations(quick ? 1 : 5)
        .measurementTime(TimeValue.seconds(quick ? 1 : 2))
        .addProfiler(GCProfiler.class)
        .build();
    Collection<RunResult> results = new Runner(options).run();
    System.out.println(table(results));
  }

  static String table(Collection<RunResult> results) {
    Map<String, double[]> byName = new HashMap<>();
    List<String> rows = new ArrayList<>();
    for (RunResult r : results) {
      String name = r.getParams().getBenchmark();
      name = name.substring(name.lastIndexOf('.') + 1);
      for (String key : r.getParams().getParamsKeys()) {
        name += " " + key + "=" + r.getParams().getParam(key);
      }
      Result<?> primary = r.getPrimaryResult();
      double alloc = allocation(r);
      byName.put(name, new double[] {primary.getScore(), alloc});
      rows.add(String.format(Locale.ROOT, "| %s | %.1f ± %.1f %s | %s |", name,
          primary.getScore(), primary.getScoreError(), primary.getScoreUnit(),
          Double.isNaN(alloc) ? "n/a" : String.format(Locale.ROOT, "%,.0f B", alloc)));
    }
    StringBuilder sb = new StringBuilder();
    sb.append("| Benchmark | Time per operation | Allocated per operation |\n");
    sb.append("|---|---|---|\n");
    rows.stream().sorted().forEach(row -> sb.append(row).append('\n'));
    sb.append('\n');
    ratio(sb, byName, "read", "readWithIlacsModule", "readPlainRecords", 1.5);
    ratio(sb, byName, "write", "writeWithIlacsModule", "writePlainRecords", 1.3);
    ratio(sb, byName, "read, Jackson 3", "readWithIlacsJackson3", "readPlainRecordsJackson3",
        1.5);
    ratio(sb, byName, "write, Jackson 3", "writeWithIlacsJackson3", "writePlainRecordsJackson3",
        1.3);
    double[] forecast = byName.get("forecastEveryAuthority");
    if (forecast != null) {
      sb.append(String.format(Locale.ROOT, "forecast, all authorities: %.1f us and %,.0f B per "
          + "run (targets at most 300 us and 300,000 B)%n", forecast[0], forecast[1]));
    }
    double[] schedule = byName.get("scheduleAndForecastEveryAuthority");
    if (schedule != null) {
      sb.append(String.format(Locale.ROOT, "national schedule and forecast, all authorities: "
          + "%.1f us and %,.0f B per run (target at most 2,000 us)%n", schedule[0], schedule[1]));
    }
    return sb.toString();
  }

  private static void ratio(StringBuilder sb, Map<String, double[]> byName, String label,
      String ilacs, String plain, double target) {
    double[] a = byName.get(ilacs);
    double[] b = byName.get(plain);
    if (a == null || b == null) {
      return;
    }
    sb.append(String.format(Locale.ROOT,
        "%s: ilacs / plain records = %.2f in time (target at most %.1f), %.2f in bytes%n",
        label, a[0] / b[0], target, a[1] / b[1]));
  }

  private static double allocation(RunResult r) {
    for (String key : new String[] {"gc.alloc.rate.norm", "\u00b7gc.alloc.rate.norm"}) {
      Result<?> res = r.getSecondaryResults().get(key);
      if (res != null) {
        return res.getScore();
      }
    }
    return Double.NaN;
  }
}
