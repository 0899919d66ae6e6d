package org.dateline.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;

import org.dateline.understand.TextPieces.Piece;
import org.junit.jupiter.api.Test;

/** How a text is cut into pieces: whole sentences up to the piece size; overlong sentences on their own. */
class TextPiecesTest {

    /** Tokens of one character with a space after each: token i spans [2i, 2i + 1). */
    private static List<Piece> cut(TextPieces cutter, int... sentenceLengths) {
        int tokens = 0;
        List<Integer> ends = new ArrayList<>();
        for (int length : sentenceLengths) {
            tokens += length;
            ends.add(tokens);
        }
        int[] begins = new int[tokens];
        int[] endPositions = new int[tokens];
        for (int i = 0; i < tokens; i++) {
            begins[i] = 2 * i;
            endPositions[i] = 2 * i + 1;
        }
        return cutter.cut(begins, endPositions, ends.stream().mapToInt(Integer::intValue).toArray());
    }

    /** The piece from token {@code first} up to token {@code end} (exclusive). */
    private static Piece tokens(int first, int end) {
        return new Piece(2 * first, 2 * (end - 1) + 1);
    }

    @Test
    void aShortTextIsOnePiece() {
        assertEquals(List.of(tokens(0, 30)), cut(new TextPieces(10, 50), 10, 10, 10));
    }

    @Test
    void sentencesArePackedWholeUpToThePieceSize() {
        assertEquals(List.of(tokens(0, 20), tokens(20, 45)), cut(new TextPieces(10, 25), 10, 10, 10, 10, 5));
        assertEquals(List.of(tokens(0, 20), tokens(20, 40), tokens(40, 46)),
                cut(new TextPieces(10, 25), 10, 10, 10, 10, 6));
    }

    @Test
    void aSentenceOverTheSentenceLimitIsCutIntoPiecesOfItsOwn() {
        assertEquals(List.of(tokens(0, 5), tokens(5, 15), tokens(15, 25), tokens(25, 28), tokens(28, 33)),
                cut(new TextPieces(10, 25), 5, 23, 5));
    }

    @Test
    void noTokensNoPieces() {
        assertEquals(List.of(), new TextPieces(10, 25).cut(new int[0], new int[0], new int[0]));
    }

    @Test
    void limitsMustMakeSense() {
        assertThrows(IllegalArgumentException.class, () -> new TextPieces(0, 10));
        assertThrows(IllegalArgumentException.class, () -> new TextPieces(20, 10));
    }
}
