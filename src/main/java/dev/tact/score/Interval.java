package dev.tact.score;

import dev.tact.core.Counts;
import java.util.Optional;

/**
 * A closed range of whole numbers of people, [lo, hi], as a reader can infer it: "3,441" is
 * [3441, 3441], "more than 3,400" is [3401, 3499]. An upper bound of {@link #UNBOUNDED} means none
 * ("more than 3,441" read literally). Arithmetic saturates instead of overflowing, so an unbounded
 * end stays unbounded.
 *
 * @param lo the smallest value, any long (a difference may be negative before it is clipped)
 * @param hi the largest value, at least {@code lo}; {@link #UNBOUNDED} for no upper bound
 */
public record Interval(long lo, long hi) {
    /** The upper bound that stands for "no upper bound". */
    public static final long UNBOUNDED = Long.MAX_VALUE;
    private static final long NEGATIVE_UNBOUNDED = Long.MIN_VALUE;

    public Interval {
        if (lo > hi) {
            throw new IllegalArgumentException("an interval needs lo <= hi: [" + lo + ", " + hi + "]");
        }
    }

    /** [n, n]. */
    public static Interval exact(long n) {
        return new Interval(n, n);
    }

    /** [lo, ∞). */
    public static Interval atLeast(long lo) {
        return new Interval(lo, UNBOUNDED);
    }

    public boolean isExact() {
        return lo == hi;
    }

    public boolean contains(long value) {
        return lo <= value && value <= hi;
    }

    /** Every x − y with x in this and y in {@code other}. */
    public Interval minus(Interval other) {
        return new Interval(subtract(lo, other.hi), subtract(hi, other.lo));
    }

    /** Every x + y with x in this and y in {@code other}. */
    public Interval plus(Interval other) {
        return new Interval(add(lo, other.lo), add(hi, other.hi));
    }

    /** The values of both, or empty when they share none. */
    public Optional<Interval> intersect(Interval other) {
        long from = Math.max(lo, other.lo);
        long to = Math.min(hi, other.hi);
        return from <= to ? Optional.of(new Interval(from, to)) : Optional.empty();
    }

    /** This with values below {@code floor} removed, or [floor, floor] when none remain. */
    public Interval atLeastOf(long floor) {
        return new Interval(Math.max(lo, floor), Math.max(hi, floor));
    }

    /** "4", "1–44", "5 or more". */
    public String describe() {
        if (isExact()) {
            return Counts.grouped(lo);
        }
        return hi == UNBOUNDED ? Counts.grouped(lo) + " or more" : Counts.grouped(lo) + "–" + Counts.grouped(hi);
    }

    private static long subtract(long a, long b) {
        if (a == UNBOUNDED || b == NEGATIVE_UNBOUNDED) {
            return UNBOUNDED;
        }
        if (b == UNBOUNDED || a == NEGATIVE_UNBOUNDED) {
            return NEGATIVE_UNBOUNDED;
        }
        long result = a - b;
        return ((a ^ b) & (a ^ result)) < 0 ? (a < 0 ? NEGATIVE_UNBOUNDED : UNBOUNDED) : result;
    }

    private static long add(long a, long b) {
        if (a == UNBOUNDED || b == UNBOUNDED) {
            return UNBOUNDED;
        }
        if (a == NEGATIVE_UNBOUNDED || b == NEGATIVE_UNBOUNDED) {
            return NEGATIVE_UNBOUNDED;
        }
        long result = a + b;
        return ((a ^ result) & (b ^ result)) < 0 ? (a < 0 ? NEGATIVE_UNBOUNDED : UNBOUNDED) : result;
    }
}
