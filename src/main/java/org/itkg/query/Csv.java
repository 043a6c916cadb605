package org.itkg.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;

/**
 * The one CSV of itkg (saved queries over HTTP and on the command line, timelines): RFC 4180 written by
 * Commons CSV, every value quoted, so that a value holding a comma, a quote or any kind of line break
 * (U+2028, U+0085 as much as CR and LF) stays one cell; a literal is its lexical form, an IRI its text.
 */
public final class Csv {
    static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.ALL_NON_NULL).get();

    private Csv() {}

    public static String of(ResultSet rows) {
        StringBuilder b = new StringBuilder();
        List<String> vars = rows.getResultVars();
        try (CSVPrinter out = new CSVPrinter(b, FORMAT.builder().setHeader(vars.toArray(String[]::new)).get())) {
            while (rows.hasNext()) {
                QuerySolution r = rows.next();
                List<String> cells = new ArrayList<>(vars.size());
                for (String v : vars) cells.add(text(r.get(v)));
                out.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return b.toString();
    }

    static CSVPrinter printer(StringBuilder b, String... header) throws IOException {
        return new CSVPrinter(b, FORMAT.builder().setHeader(header).get());
    }

    private static String text(RDFNode n) {
        if (n == null) return null;
        if (n.isLiteral()) return n.asLiteral().getLexicalForm();
        if (n.isAnon()) return "_:" + n.asResource().getId().getLabelString();
        return n.asResource().getURI();
    }
}
