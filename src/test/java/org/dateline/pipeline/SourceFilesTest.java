package org.dateline.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which files a folder walk hands to the reader. */
class SourceFilesTest {

    @TempDir
    Path dir;

    @Test
    void foldersAreWalkedForReportFilesIncludingJsonInNameOrder() throws Exception {
        Path sub = Files.createDirectories(dir.resolve("wordpress"));
        for (Path file : List.of(dir.resolve("a.txt"), dir.resolve("b.md"), dir.resolve("c.html"), dir.resolve("d.htm"),
                dir.resolve("e.markdown"), sub.resolve("posts.json"), sub.resolve("article.jsonld"),
                dir.resolve("photo.jpg"), dir.resolve(".hidden.json"), dir.resolve("notes.JSON"))) {
            Files.writeString(file, "x");
        }
        SourceFiles.Expansion found = SourceFiles.expand(List.of(dir));
        assertEquals(List.of(dir.resolve("a.txt"), dir.resolve("b.md"), dir.resolve("c.html"), dir.resolve("d.htm"),
                dir.resolve("e.markdown"), dir.resolve("notes.JSON"), sub.resolve("article.jsonld"),
                sub.resolve("posts.json")), found.files());
        assertEquals(List.of(), found.missing());
    }
}
