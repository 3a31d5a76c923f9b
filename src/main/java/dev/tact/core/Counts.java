package dev.tact.core;

/** Writes counts of people the way the desk and the reports show them: 3,445 and 110,000,000. */
public final class Counts {

    private Counts() {
    }

    /** "1 person", "53 people", "3,445 people". */
    public static String people(long value) {
        return grouped(value) + (value == 1 ? " person" : " people");
    }

    // By hand rather than String.format: this runs for every line the desk assesses.
    public static String grouped(long value) {
        String digits = Long.toString(Math.abs(value));
        StringBuilder out = new StringBuilder(digits.length() + digits.length() / 3 + 1);
        if (value < 0) {
            out.append('-');
        }
        int first = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        out.append(digits, 0, first);
        for (int i = first; i < digits.length(); i += 3) {
            out.append(',').append(digits, i, i + 3);
        }
        return out.toString();
    }
}
