package org.dateline.evaluate;

import java.util.ArrayList;
import java.util.List;

/**
 * The counts of one layer over a run: what the gold holds that we found right, what we found that
 * is wrong (false positives), what the gold holds that we missed or got wrong (false negatives),
 * with a line for every error, and notes (gold items the gazetteer does not hold).
 */
public final class Tally {

    private final String layer;
    private int right;
    private int wrong;
    private int missed;
    private final List<String> errors = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    Tally(String layer) {
        this.layer = layer;
    }

    public String layer() {
        return layer;
    }

    void right() {
        right++;
    }

    /** Something we found that the gold does not hold. */
    void extra(String line) {
        wrong++;
        errors.add("extra  " + line);
    }

    /** Something the gold holds that we did not find. */
    void miss(String line) {
        missed++;
        errors.add("miss   " + line);
    }

    /** Something we found in the gold's place, but not what the gold holds: a false positive and a miss. */
    void mistake(String line) {
        wrong++;
        missed++;
        errors.add("wrong  " + line);
    }

    void note(String line) {
        notes.add(line);
    }

    /** How many the gold holds. */
    public int gold() {
        return right + missed;
    }

    /** How many we found right. */
    public int correct() {
        return right;
    }

    /** How many we found that are wrong. */
    public int wrong() {
        return wrong;
    }

    /** Every error, one line each: "miss", "extra" or "wrong", the document, the text. */
    public List<String> errors() {
        return List.copyOf(errors);
    }

    public List<String> notes() {
        return List.copyOf(notes);
    }

    /** Right among what we found; NaN when we found nothing. */
    public double precision() {
        return right + wrong == 0 ? Double.NaN : (double) right / (right + wrong);
    }

    /** Right among what the gold holds; NaN when it holds nothing. */
    public double recall() {
        return gold() == 0 ? Double.NaN : (double) right / gold();
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return Double.isNaN(p) || Double.isNaN(r) || p + r == 0 ? Double.NaN : 2 * p * r / (p + r);
    }

    boolean isEmpty() {
        return gold() == 0 && wrong == 0 && notes.isEmpty();
    }
}
