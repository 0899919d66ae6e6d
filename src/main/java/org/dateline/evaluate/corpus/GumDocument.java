package org.dateline.evaluate.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A news document of the GUM corpus (the TEI-like {@code xml/} files of
 * {@code ../shared/corpora/gum-wikinews}): one token per line (the word form, then tab-separated
 * tags), in {@code <s>} sentences inside {@code <head>} and {@code <p>} blocks, with inline markup
 * ({@code <ref>}, {@code <date when=…>}, {@code <quote>}, {@code <hi>}, {@code <w>} around tokens
 * written without spaces). The first {@code <head>} is the title; the paragraph that is nothing but a
 * {@code <date when=…>} ("Monday, May 18, 2015") is the date line and gives the creation date (the
 * text's {@code dateCreated} attribute when there is none); every other {@code <head>} (a section
 * heading) and {@code <p>} (list items hold theirs) is a paragraph, and image captions
 * ({@code <figure>}) are left out, as a scraped report's captions are not its body.
 *
 * <p>Tokens are numbered from 0 in document order, captions included, as the WebAnno TSV file of
 * the same document ({@code ../tsv/ID.tsv}) numbers its lines: that file's entity spans, read when it
 * is there, and the xml's own {@code <quote>}, {@code <q>} and {@code <date>} are the document's
 * {@link GumAnnotations}.
 *
 * @param id          the file name without .xml ("GUM_news_asylum")
 * @param title       the title
 * @param created     the creation date; null when the file gives none
 * @param dateLine    the date line as the corpus writes it; null when there is none
 * @param paragraphs  the body's paragraphs
 * @param layout      where the body's tokens lie in the report text
 * @param annotations quotations, dates and entities, by token number
 */
public record GumDocument(String id, String title, LocalDate created, String dateLine, List<String> paragraphs,
        ReportLayout layout, GumAnnotations annotations) implements CorpusDocument {

    public GumDocument {
        paragraphs = List.copyOf(paragraphs);
    }

    /** Reads a GUM xml/ file, and the entities of its tsv/ twin when there is one. */
    public static GumDocument read(Path file) throws IOException {
        Document xml = CorpusXml.parse(file);
        Walk walk = new Walk();
        walk.visit(xml.getDocumentElement(), false);
        List<Block> blocks = new ArrayList<>();
        collect(xml.getDocumentElement(), walk, blocks);
        String title = null;
        LocalDate created = null;
        String dateLine = null;
        List<Block> body = new ArrayList<>();
        for (Block block : blocks) {
            if (block.tokens.isEmpty()) {
                continue;
            }
            String text = Detokenizer.join(block.words(walk));
            if (title == null && block.heading) {
                title = text;
            } else if (dateLine == null && block.onlyDate != null) {
                dateLine = text;
                created = MeantimeDocument.date(block.onlyDate);
            } else {
                body.add(block);
            }
        }
        if (title == null || body.isEmpty()) {
            throw new IOException(file + ": not a GUM news document (a <head> title and <p> paragraphs expected)");
        }
        if (created == null) {
            created = MeantimeDocument.date(xml.getDocumentElement().getAttribute("dateCreated"));
        }
        ReportLayout.Builder layout = new ReportLayout.Builder().heading(title);
        if (created != null) {
            layout.heading(DATE_LINE.format(created));
        }
        List<String> paragraphs = new ArrayList<>();
        for (Block block : body) {
            paragraphs.add(Detokenizer.join(block.words(walk)));
            layout.paragraph(block.words(walk), block.tokens);
        }
        String id = CorpusXml.id(file);
        Path tsv = file.toAbsolutePath().getParent().resolveSibling("tsv").resolve(id + ".tsv");
        List<GumAnnotations.Entity> entities = Files.isRegularFile(tsv)
                ? GumAnnotations.entities(tsv, walk.forms, walk.tags) : List.of();
        GumAnnotations annotations = new GumAnnotations(walk.ranges("quote"), walk.ranges("q"), walk.dates(), entities);
        return new GumDocument(id, title, created, dateLine, paragraphs, layout.build(), annotations);
    }

    /** Every token of the document in order, with the range of token numbers under each element. */
    private static final class Walk {
        final List<String> forms = new ArrayList<>();
        final List<String> tags = new ArrayList<>();
        final List<Boolean> glued = new ArrayList<>();
        final Set<Integer> inFigures = new HashSet<>();
        final Map<Element, int[]> ranges = new IdentityHashMap<>();
        final List<Element> order = new ArrayList<>();

        void visit(Node node, boolean inFigure) {
            for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
                if (child.getNodeType() == Node.TEXT_NODE) {
                    for (String line : child.getNodeValue().split("\n")) {
                        String[] columns = line.split("\t");
                        String form = columns[0].strip();
                        if (!form.isEmpty()) {
                            if (inFigure) {
                                inFigures.add(forms.size());
                            }
                            forms.add(form);
                            tags.add(columns.length > 1 ? columns[1] : "");
                            glued.add(false);
                        }
                    }
                } else if (child instanceof Element e) {
                    int before = forms.size();
                    order.add(e);
                    visit(e, inFigure || e.getTagName().equals("figure"));
                    ranges.put(e, new int[] {before, forms.size()});
                    if (e.getTagName().equals("w")) {
                        // Inside <w> every token but the first is written against the one before.
                        for (int i = before + 1; i < forms.size(); i++) {
                            glued.set(i, true);
                        }
                    }
                }
            }
        }

        /** The token numbers under an element, captions left out. */
        List<Integer> tokens(Element e) {
            int[] range = ranges.get(e);
            List<Integer> tokens = new ArrayList<>();
            for (int i = range[0]; i < range[1]; i++) {
                if (!inFigures.contains(i)) {
                    tokens.add(i);
                }
            }
            return tokens;
        }

        List<List<Integer>> ranges(String tag) {
            return order.stream().filter(e -> e.getTagName().equals(tag)).map(this::tokens)
                    .filter(t -> !t.isEmpty()).toList();
        }

        List<GumAnnotations.Date> dates() {
            return order.stream().filter(e -> e.getTagName().equals("date") && !e.getAttribute("when").isEmpty())
                    .filter(e -> !tokens(e).isEmpty())
                    .map(e -> new GumAnnotations.Date(tokens(e), e.getAttribute("when"))).toList();
        }
    }

    /** A {@code <head>} or {@code <p>}: its token numbers, and the date when it is a date line and nothing else. */
    private static final class Block {
        final boolean heading;
        final List<Integer> tokens = new ArrayList<>();
        String onlyDate;

        Block(boolean heading) {
            this.heading = heading;
        }

        List<Detokenizer.Token> words(Walk walk) {
            return tokens.stream().map(i -> new Detokenizer.Token(walk.forms.get(i), walk.glued.get(i))).toList();
        }
    }

    private static void collect(Element element, Walk walk, List<Block> blocks) {
        Block loose = null;
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (!(child instanceof Element e)) {
                continue;
            }
            if (e.getTagName().equals("s")) {
                // A few sentences stand outside any <p>: those in a row make a paragraph of their own.
                if (loose == null) {
                    loose = new Block(false);
                    blocks.add(loose);
                }
                loose.tokens.addAll(walk.tokens(e));
                continue;
            }
            loose = null;
            if (e.getTagName().equals("figure")) {
                continue;
            }
            if (e.getTagName().equals("head") || e.getTagName().equals("p")) {
                Block block = new Block(e.getTagName().equals("head"));
                block.tokens.addAll(walk.tokens(e));
                block.onlyDate = onlyDate(e, walk, block.tokens.size());
                blocks.add(block);
            } else {
                collect(e, walk, blocks);
            }
        }
    }

    /** The {@code when} of the one {@code <date>} holding all of a block's tokens; null otherwise. */
    private static String onlyDate(Element block, Walk walk, int tokenCount) {
        var dates = block.getElementsByTagName("date");
        for (int i = 0; i < dates.getLength(); i++) {
            Element date = (Element) dates.item(i);
            if (walk.tokens(date).size() == tokenCount && !date.getAttribute("when").isEmpty()) {
                return date.getAttribute("when");
            }
        }
        return null;
    }
}
