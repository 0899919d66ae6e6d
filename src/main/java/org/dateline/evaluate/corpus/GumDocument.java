package org.dateline.evaluate.corpus;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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
 * @param id         the file name without .xml ("GUM_news_asylum")
 * @param title      the title
 * @param created    the creation date; null when the file gives none
 * @param dateLine   the date line as the corpus writes it; null when there is none
 * @param paragraphs the body's paragraphs
 */
public record GumDocument(String id, String title, LocalDate created, String dateLine, List<String> paragraphs)
        implements CorpusDocument {

    public GumDocument {
        paragraphs = List.copyOf(paragraphs);
    }

    /** Reads a GUM xml/ file. */
    public static GumDocument read(Path file) throws IOException {
        Document xml = CorpusXml.parse(file);
        List<Block> blocks = new ArrayList<>();
        collect(xml.getDocumentElement(), blocks);
        String title = null;
        LocalDate created = null;
        String dateLine = null;
        List<String> paragraphs = new ArrayList<>();
        for (Block block : blocks) {
            if (block.tokens.isEmpty()) {
                continue;
            }
            String text = Detokenizer.join(block.tokens);
            if (title == null && block.heading) {
                title = text;
            } else if (dateLine == null && block.onlyDate != null) {
                dateLine = text;
                created = MeantimeDocument.date(block.onlyDate);
            } else {
                paragraphs.add(text);
            }
        }
        if (title == null || paragraphs.isEmpty()) {
            throw new IOException(file + ": not a GUM news document (a <head> title and <p> paragraphs expected)");
        }
        if (created == null) {
            created = MeantimeDocument.date(xml.getDocumentElement().getAttribute("dateCreated"));
        }
        return new GumDocument(CorpusXml.id(file), title, created, dateLine, paragraphs);
    }

    /** A {@code <head>} or {@code <p>}: its tokens, and the date when it is a date line and nothing else. */
    private static final class Block {
        final boolean heading;
        final List<Detokenizer.Token> tokens = new ArrayList<>();
        String onlyDate;

        Block(boolean heading) {
            this.heading = heading;
        }
    }

    private static void collect(Element element, List<Block> blocks) {
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
                tokens(e, loose.tokens);
                continue;
            }
            loose = null;
            if (e.getTagName().equals("figure")) {
                continue;
            }
            if (e.getTagName().equals("head") || e.getTagName().equals("p")) {
                Block block = new Block(e.getTagName().equals("head"));
                tokens(e, block.tokens);
                block.onlyDate = onlyDate(e, block.tokens.size());
                blocks.add(block);
            } else {
                collect(e, blocks);
            }
        }
    }

    /** The tokens under a node, in order; inside {@code <w>} every token but the first is glued to the one before. */
    private static void tokens(Node node, List<Detokenizer.Token> out) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.TEXT_NODE) {
                for (String line : child.getNodeValue().split("\n")) {
                    String form = line.split("\t", 2)[0].strip();
                    if (!form.isEmpty()) {
                        out.add(new Detokenizer.Token(form, false));
                    }
                }
            } else if (child instanceof Element e && !e.getTagName().equals("figure")) {
                int before = out.size();
                tokens(e, out);
                if (e.getTagName().equals("w")) {
                    for (int i = before + 1; i < out.size(); i++) {
                        out.set(i, new Detokenizer.Token(out.get(i).text(), true));
                    }
                }
            }
        }
    }

    /** The {@code when} of the one {@code <date>} holding all of a block's tokens; null otherwise. */
    private static String onlyDate(Element block, int tokenCount) {
        var dates = block.getElementsByTagName("date");
        for (int i = 0; i < dates.getLength(); i++) {
            Element date = (Element) dates.item(i);
            List<Detokenizer.Token> inside = new ArrayList<>();
            tokens(date, inside);
            if (inside.size() == tokenCount && !date.getAttribute("when").isEmpty()) {
                return date.getAttribute("when");
            }
        }
        return null;
    }
}
