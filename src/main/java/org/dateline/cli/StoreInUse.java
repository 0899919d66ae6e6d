package org.dateline.cli;

import java.nio.file.Path;
import java.util.Optional;

import org.dateline.store.StoreLockedException;

/** The one line a command prints when another process holds its store, saying what to do instead. */
final class StoreInUse {

    private StoreInUse() {
    }

    static UsageError error(String command, StoreLockedException locked) {
        Path db = locked.folder();
        Optional<ServerNote> server = ServerNote.of(db, locked.pid());
        if (server.isEmpty()) {
            return new UsageError("the store " + db + " is in use by process " + pidText(locked.pid())
                    + " (another dateline command?): wait for it to finish, or use another --db");
        }
        ServerNote note = server.get();
        String held = "the store " + db + " is held by `dateline serve` (process " + note.pid() + ", " + note.url() + "); ";
        return new UsageError(held + switch (command) {
            case "query" -> "query it over HTTP instead: curl " + note.sparqlUrl()
                    + " -H 'Accept: text/csv' --data-urlencode 'query=SELECT …'";
            case "serve" -> "it is already being served, or stop that server first";
            default -> note.reportsUrl() != null
                    ? "send reports to it over HTTP instead: curl -H \"Authorization: Bearer $(cat " + note.tokenFile()
                            + ")\" -F file=@FILE " + note.reportsUrl()
                    : "stop it first, or restart it with --token-file FILE to take reports over HTTP (POST "
                            + note.url() + "dateline/reports) or with --watch DIR to take them from a folder";
        });
    }

    private static String pidText(long pid) {
        return pid < 0 ? "?" : Long.toString(pid);
    }
}
