package dev.tact.score;

/**
 * A word or number of a line, with its place in the text.
 *
 * @param start          offset of the first character
 * @param end            offset after the last character
 * @param lower          lower-case form, typographic apostrophes made plain
 * @param number         whether it is written with digits only ("53", "3,445", "1.2")
 * @param capitalized    whether it starts with an upper-case letter
 * @param clauseStart    whether it opens a sentence or a clause after ':'
 * @param afterComma     whether a comma comes right before it
 */
record Token(int start, int end, String lower, boolean number, boolean capitalized, boolean clauseStart,
             boolean afterComma) {
}
