/**
 * The ilacs core: an immutable, validated model of Ofsted inspections of local authority
 * children's services in England.
 *
 * <ul>
 *   <li>{@link io.github.ilacs} the vocabulary: inspections, frameworks, judgements, findings,
 *       histories;</li>
 *   <li>{@code io.github.ilacs.calendar} England and Wales bank holidays and working days;</li>
 *   <li>{@code io.github.ilacs.directory} every local authority: codes, names, regions,
 *       statistical neighbours;</li>
 *   <li>{@code io.github.ilacs.compare} an authority beside its statistical neighbours, its
 *       region and England;</li>
 *   <li>{@code io.github.ilacs.rules} the validation rule catalogue;</li>
 *   <li>{@code io.github.ilacs.pathway} inspection pathways, forecasts and deadlines.</li>
 * </ul>
 *
 * <p>The module has no runtime dependencies. The annotations it is compiled with (Immutables,
 * JSpecify) are required statically only.
 */
module io.github.ilacs {
  requires static org.immutables.value.annotations;
  requires static org.jspecify;

  exports io.github.ilacs;
  exports io.github.ilacs.calendar;
  exports io.github.ilacs.compare;
  exports io.github.ilacs.directory;
  exports io.github.ilacs.pathway;
  exports io.github.ilacs.rules;
}
