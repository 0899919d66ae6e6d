package org.dateline.validate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Lists the files of a folder that the build copies onto the classpath (ontology/, shapes/), both
 * when running from target/classes and from the jar, so that adding a data file needs no code.
 */
public final class ClasspathFolder {

    private ClasspathFolder() {
    }

    /** Calls {@code reader} with each file of the folder whose name ends with {@code suffix}, in name order. */
    public static void forEachFile(String folder, String suffix, Consumer<Path> reader) {
        URL url = ClasspathFolder.class.getClassLoader().getResource(folder);
        if (url == null) {
            throw new IllegalStateException("folder not on the classpath: " + folder);
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem jar = openJar(uri)) {
                    visit(jar.getPath(folder), suffix, reader);
                }
            } else {
                visit(Path.of(uri), suffix, reader);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static FileSystem openJar(URI uri) throws IOException {
        try {
            return FileSystems.newFileSystem(uri, Collections.emptyMap());
        } catch (FileSystemAlreadyExistsException e) {
            // Another caller has it open; a view that does not close the shared one.
            return FileSystems.newFileSystem(Path.of(jarFile(uri)));
        }
    }

    private static URI jarFile(URI jarUri) {
        String spec = jarUri.getSchemeSpecificPart();
        return URI.create(spec.substring(0, spec.indexOf("!/")));
    }

    private static void visit(Path dir, String suffix, Consumer<Path> reader) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> list = Files.list(dir)) {
            list.filter(p -> p.getFileName().toString().endsWith(suffix)).forEach(files::add);
        }
        files.sort(null);
        files.forEach(reader);
    }
}
