package dev.tact.core;

/** What a found piece of copy is, grouped by the factor it feeds. */
public enum SpanKind {
    /** A number of people: "53 people", "1.2 million of you". Feeds the cohort. */
    COUNT(Factor.Name.COHORT),
    /** A subject that means one person: "Dear person who", "someone in Dublin". Feeds the cohort. */
    SINGULAR(Factor.Name.COHORT),
    FREQUENCY(Factor.Name.SPECIFICITY),
    DURATION(Factor.Name.SPECIFICITY),
    TIME(Factor.Name.SPECIFICITY),
    PLACE(Factor.Name.SPECIFICITY),
    NAMED_ITEM(Factor.Name.SPECIFICITY),
    /** A quoted name a user made ("a playlist called 'Songs to Cry To'"): verbatim user content. */
    USER_CONTENT(Factor.Name.SPECIFICITY),
    ATTRIBUTE(Factor.Name.SPECIFICITY),
    SENSITIVE(Factor.Name.SENSITIVITY),
    ADDRESS(Factor.Name.ADDRESS),
    TONE(Factor.Name.TONE);

    private final Factor.Name factor;

    SpanKind(Factor.Name factor) {
        this.factor = factor;
    }

    /** The factor this kind of span contributes to. */
    public Factor.Name factor() {
        return factor;
    }
}
