/**
 * Reads Ofsted's own documents about local authority children's services into the ilacs
 * vocabulary.
 *
 * <p>{@link io.github.ilacs.reports.ReportReader} reads a PDF, or the plain text of a document,
 * into a {@link io.github.ilacs.reports.ReadResult}: the
 * {@link io.github.ilacs.Inspection} and the warnings about what could not be read.
 */
module io.github.ilacs.reports {
  requires transitive io.github.ilacs;
  requires org.apache.pdfbox;
  requires static org.jspecify;

  exports io.github.ilacs.reports;
}
