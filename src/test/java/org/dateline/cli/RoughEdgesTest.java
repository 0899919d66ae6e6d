package org.dateline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.dateline.cli.CommandLineTest.Run;
import org.dateline.store.StoreLockedException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line around a running server: a real {@code dateline serve} in a child process holds
 * a store, and the other commands, run as users run them, say what to do in one line.
 */
class RoughEdgesTest {

    private static final Path EXAMPLE = Path.of("examples", "chad-french-troops.txt");

    @TempDir
    static Path dir;

    private static Path db;
    private static ServeProcess server;
    private static Path tokenFile;

    @BeforeAll
    static void serveAStore() throws Exception {
        db = dir.resolve("store");
        assertEquals(0, CommandLineTest.run("ingest", "--no-nlp", "--db", db.toString(), EXAMPLE.toString()).exitCode());
        tokenFile = Files.writeString(dir.resolve("token"), "9d2c4e6f8a0b1c3d5e7f9a1b3c5d7e9f\n");
        // Readable by its owner only, as a token should be (the server warns otherwise).
        Files.setPosixFilePermissions(tokenFile, PosixFilePermissions.fromString("rw-------"));
        server = ServeProcess.start(dir, "--db", db.toString(), "--token-file", tokenFile.toString());
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void ingestIntoAServedStoreSaysWhichServerHoldsItInOneLine() {
        Run ingest = CommandLineTest.run("ingest", "--no-nlp", "--db", db.toString(), "examples/niger-iran-talks.md");
        assertEquals(2, ingest.exitCode(), ingest.err());
        assertOneLine(ingest.err());
        assertTrue(ingest.err().startsWith("dateline ingest: the store " + db + " is held by `dateline serve` (process "
                + server.pid() + ", " + server.url() + ")"), ingest.err());
        assertTrue(ingest.err().endsWith("); send reports to it over HTTP instead: curl -H \"Authorization: Bearer $(cat "
                + tokenFile.toAbsolutePath() + ")\" -F file=@FILE " + server.url() + "dateline/reports" + System.lineSeparator()),
                ingest.err());
        assertEquals("", ingest.out(), "nothing was ingested");
    }

    @Test
    void aServerWithoutTheWriteEndpointIsNamedWithHowToOpenIt() throws Exception {
        // The note a server without --token-file leaves, for a process that holds the store (this one).
        Path other = Files.createDirectories(dir.resolve("noted"));
        long pid = ProcessHandle.current().pid();
        new ServerNote(pid, "http://localhost:3999/", null, null).write(other);
        String message = StoreInUse.error("ingest", new StoreLockedException(other, pid, null)).getMessage();
        assertEquals("the store " + other + " is held by `dateline serve` (process " + pid + ", http://localhost:3999/); "
                + "stop it first, or restart it with --token-file FILE to take reports over HTTP (POST "
                + "http://localhost:3999/dateline/reports) or with --watch DIR to take them from a folder", message);
        String stale = StoreInUse.error("ingest", new StoreLockedException(other, pid + 1, null)).getMessage();
        assertTrue(stale.endsWith("is in use by process " + (pid + 1) + " (another dateline command?): wait for it to "
                + "finish, or use another --db"), "a note left by another process is not believed: " + stale);
    }

    @Test
    void aTokenTooShortToBeSafeIsAUsageError() throws Exception {
        Path shortToken = Files.writeString(dir.resolve("short-token"), "secret\n");
        Run serve = CommandLineTest.run("serve", "--db", dir.resolve("unused").toString(), "--port", "0",
                "--token-file", shortToken.toString());
        assertEquals(2, serve.exitCode());
        assertEquals("dateline serve: --token-file: the token in " + shortToken + " is too short: use at least 16 "
                + "characters, e.g. openssl rand -hex 32 > " + shortToken, serve.err().strip());
    }

    @Test
    void queryOnAServedStoreNamesTheServersSparqlEndpoint() {
        Run query = CommandLineTest.run("query", "--db", db.toString(), "ASK {}");
        assertEquals(2, query.exitCode(), query.err());
        assertOneLine(query.err());
        assertTrue(query.err().contains("(process " + server.pid() + ", " + server.url() + "); query it over HTTP instead: "
                + "curl " + server.url() + "dateline/sparql"), query.err());
    }

    @Test
    void validateNeedsNoStoreAndRunsBesideTheServer() {
        Run validate = CommandLineTest.run("validate", "--no-nlp", EXAMPLE.toString());
        assertEquals(0, validate.exitCode(), validate.out() + validate.err());
        assertTrue(validate.out().startsWith("conforms  chad-french-troops.txt"), validate.out());
    }

    @Test
    void aSecondServerOnTheSameStoreIsToldItIsServed() {
        Run serve = CommandLineTest.run("serve", "--db", db.toString(), "--port", "0");
        assertEquals(2, serve.exitCode(), serve.err());
        assertOneLine(serve.err());
        assertTrue(serve.err().contains("it is already being served"), serve.err());
    }

    @Test
    void aBusyPortIsOneLineBeforeAnyIngest() {
        Path other = dir.resolve("other-store");
        Run serve = CommandLineTest.run("serve", "--no-nlp", "--db", other.toString(), "--port",
                Integer.toString(server.port()), EXAMPLE.toString());
        assertEquals(2, serve.exitCode(), serve.err());
        assertEquals("dateline serve: port " + server.port() + " is in use by another program: choose another with "
                + "--port (nothing was ingested)", serve.err().strip());
        assertEquals("", serve.out());
        assertFalse(Files.exists(other), "no store was created");
    }

    @Test
    void theServerWarnsOnceThatTheStoresIrisNameAnotherPortAndLogsNoInfoLines() throws Exception {
        // The store was made by ingest with the default base, port 3030; the server listens elsewhere.
        List<String> lines = server.stderr().lines().toList();
        assertEquals(1, lines.size(), "one line on stderr: " + lines);
        assertEquals("warning: the store's IRIs are under http://localhost:3030/, but this server answers on port "
                + server.port() + ", so the links in its data lead elsewhere: serve this store with --port 3030, or give "
                + "a new store (another --db) the base of its port with --base http://localhost:" + server.port() + "/",
                lines.get(0));
    }

    @Test
    void queryOnAFolderWithoutAStoreSaysSoAndCreatesNothing() throws Exception {
        Path missing = dir.resolve("no-store-here");
        Run query = CommandLineTest.run("query", "--db", missing.toString(), "ASK {}");
        assertEquals(2, query.exitCode());
        assertEquals("dateline query: no store in " + missing + " (no such folder): ingest reports into it first "
                + "(dateline ingest --db " + missing + " FILE…), or name another with --db", query.err().strip());
        assertFalse(Files.exists(missing));

        Path empty = Files.createDirectories(dir.resolve("empty-folder"));
        Run onEmpty = CommandLineTest.run("query", "--db", empty.toString(), "ASK {}");
        assertEquals(2, onEmpty.exitCode());
        assertTrue(onEmpty.err().startsWith("dateline query: no store in " + empty + ": "), onEmpty.err());
        try (var entries = Files.list(empty)) {
            assertEquals(0, entries.count(), "the folder is left empty");
        }
    }

    @Test
    void everyCommandTakesVerboseAndAUsageErrorStaysOneLineWithIt() {
        Path missing = dir.resolve("still-no-store");
        Run query = CommandLineTest.run("query", "--verbose", "--db", missing.toString(), "ASK {}");
        assertEquals(2, query.exitCode(), query.err());
        assertOneLine(query.err());
        for (String command : new String[] {"ingest", "serve", "convert", "validate", "query"}) {
            Run help = CommandLineTest.run(command, "--verbose", "--help");
            assertEquals(0, help.exitCode(), command + ": " + help.err());
            assertTrue(help.out().contains("--verbose"), help.out());
        }
    }

    @Test
    void aStoreFolderThatIsAFileIsAUsageErrorWithoutAStackTrace() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        Run ingest = CommandLineTest.run("ingest", "--no-nlp", "--db", file.toString(), EXAMPLE.toString());
        assertEquals(2, ingest.exitCode());
        assertOneLine(ingest.err());
        assertEquals("dateline ingest: cannot use " + file + " as a store: it is a file, not a folder", ingest.err().strip());
    }

    @Test
    void aQueryThatIsNotSparqlIsOneLineSayingWhere() {
        Run query = CommandLineTest.run("query", "--db", db.toString(), "SELECT ?x WHERE {");
        assertEquals(1, query.exitCode());
        assertEquals("not a valid SPARQL query: Encountered \"<EOF>\" at line 1, column 17.", query.err().strip());
    }

    private static void assertOneLine(String err) {
        assertEquals(1, err.lines().count(), "one line: " + err);
        assertFalse(err.contains("\tat "), "no stack trace: " + err);
    }
}
