package org.dateline.cli;

import java.io.PrintStream;
import java.util.concurrent.Callable;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.system.Txn;
import org.dateline.store.ReportStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(mixinStandardHelpOptions = true, name = "query", description = "Run a SPARQL query against the store (the default graph is the union "
        + "of all graphs, so no GRAPH clause is needed).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the query ran", "1:the query is not valid SPARQL", "2:usage error"})
final class QueryCommand implements Callable<Integer> {

    enum Format { text, csv, tsv, json, xml }

    @Mixin
    StoreOptions store;

    @Option(names = "--format", defaultValue = "text",
            description = "Result format for SELECT and ASK: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}); "
                    + "CONSTRUCT and DESCRIBE print Turtle.")
    Format format;

    @Parameters(paramLabel = "SPARQL", description = "The query.")
    String sparql;

    @ParentCommand
    DatelineCommand parent;

    @Override
    public Integer call() {
        PrintStream out = parent.out();
        Query query;
        try {
            query = QueryFactory.create(sparql);
        } catch (QueryParseException e) {
            // The parser's first line says where; the list of every token it expected is left out.
            parent.err().println("not a valid SPARQL query: " + e.getMessage().lines().findFirst().orElse("").strip());
            return 1;
        }
        try (ReportStore reports = store.openExisting("query")) {
            Txn.executeRead(reports.dataset(), () -> {
                try (QueryExecution exec = QueryExecutionFactory.create(query, DatasetFactory.wrap(reports.dataset()))) {
                    print(query, exec, out);
                }
            });
        }
        return 0;
    }

    private void print(Query query, QueryExecution exec, PrintStream out) {
        if (query.isSelectType()) {
            var results = exec.execSelect();
            switch (format) {
                case csv -> ResultSetFormatter.outputAsCSV(out, results);
                case tsv -> ResultSetFormatter.outputAsTSV(out, results);
                case json -> ResultSetFormatter.outputAsJSON(out, results);
                case xml -> ResultSetFormatter.outputAsXML(out, results);
                default -> ResultSetFormatter.out(out, results, query);
            }
        } else if (query.isAskType()) {
            boolean answer = exec.execAsk();
            switch (format) {
                case json -> ResultSetFormatter.outputAsJSON(out, answer);
                case xml -> ResultSetFormatter.outputAsXML(out, answer);
                default -> out.println(answer ? "yes" : "no");
            }
        } else if (query.isConstructType()) {
            RDFDataMgr.write(out, exec.execConstruct(), RDFFormat.TURTLE_PRETTY);
        } else {
            RDFDataMgr.write(out, exec.execDescribe(), RDFFormat.TURTLE_PRETTY);
        }
        out.flush();
    }
}
