package org.dateline.understand;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a long text into pieces the language engine reads one at a time, so that its memory and
 * time grow with the length of the text and not faster: whole sentences, at most
 * {@code maxPieceTokens} tokens to a piece. A sentence longer than {@code maxSentenceTokens} (a list
 * or a line that never ends, which the engine's time expressions take time out of all proportion
 * over) is cut into pieces of its own at token boundaries.
 *
 * <p>The sentences are the engine's own, from its cheap first pass (tokenizer and sentence
 * splitter), so cutting between them changes nothing for the annotators, which read a sentence
 * at a time.
 */
final class TextPieces {

    /** A character range of the text, read by the engine on its own. */
    record Piece(int begin, int end) {
    }

    private final int maxSentenceTokens;
    private final int maxPieceTokens;

    TextPieces(int maxSentenceTokens, int maxPieceTokens) {
        if (maxSentenceTokens < 1 || maxPieceTokens < maxSentenceTokens) {
            throw new IllegalArgumentException("need 1 <= sentence tokens <= piece tokens: " + maxSentenceTokens
                    + ", " + maxPieceTokens);
        }
        this.maxSentenceTokens = maxSentenceTokens;
        this.maxPieceTokens = maxPieceTokens;
    }

    /**
     * @param tokenBegins   each token's first character
     * @param tokenEnds     each token's end (exclusive)
     * @param sentenceEnds  the end (exclusive token index) of each sentence, in order; the first
     *                      begins at token 0
     * @return the pieces, in order; one piece that covers every token when the text needs no cutting
     */
    List<Piece> cut(int[] tokenBegins, int[] tokenEnds, int[] sentenceEnds) {
        List<Piece> pieces = new ArrayList<>();
        int pieceStart = 0;
        int sentenceStart = 0;
        for (int sentenceEnd : sentenceEnds) {
            if (sentenceEnd - sentenceStart > maxSentenceTokens) {
                add(pieces, tokenBegins, tokenEnds, pieceStart, sentenceStart);
                for (int from = sentenceStart; from < sentenceEnd; from += maxSentenceTokens) {
                    add(pieces, tokenBegins, tokenEnds, from, Math.min(sentenceEnd, from + maxSentenceTokens));
                }
                pieceStart = sentenceEnd;
            } else if (sentenceEnd - pieceStart > maxPieceTokens) {
                add(pieces, tokenBegins, tokenEnds, pieceStart, sentenceStart);
                pieceStart = sentenceStart;
            }
            sentenceStart = sentenceEnd;
        }
        add(pieces, tokenBegins, tokenEnds, pieceStart, sentenceStart);
        return pieces;
    }

    private static void add(List<Piece> pieces, int[] tokenBegins, int[] tokenEnds, int firstToken, int endToken) {
        if (endToken > firstToken) {
            pieces.add(new Piece(tokenBegins[firstToken], tokenEnds[endToken - 1]));
        }
    }
}
