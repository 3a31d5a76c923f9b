package dev.tact.ui.lines;

import dev.tact.core.Assessment;
import dev.tact.core.ReviewItem;

/** A line as the desk shows it: the stored line with its stats, and its assessment. */
public record DeskLine(ReviewItem item, Assessment assessment) {
}
