package dev.tact.ui;

import dev.tact.store.db.Database;
import dev.tact.store.files.ImportProgress;
import dev.tact.store.files.ImportSource;
import dev.tact.store.lines.CopyImporter;
import dev.tact.store.stats.StatsImporter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The Boozy Brunch lattice (issue 14) in a desk's database beside the demo: campaign Brunch
 * holds a nested pair (3,445 − 3,441 leaves 4 in Leeds); Spring holds London and Manchester, which
 * leave 7 elsewhere once both are out; Autumn states the parent alone, so it has a finding only after
 * both Spring lines are published. Ids differ from the demo's.
 */
public final class BrunchLattice {
    static final String STATS = """
        id,description,cohort_size,base_size,source,dim_title,dim_day,dim_place
        bb-wed,Streamed Boozy Brunch on a Wednesday,3445,140000000,music,Boozy Brunch,Wednesday,
        bb-wed-x,Streamed Boozy Brunch on a Wednesday outside Leeds,3441,140000000,music,Boozy Brunch,Wednesday,not Leeds
        bb-wed-lon,Streamed Boozy Brunch on a Wednesday in London,2900,140000000,music,Boozy Brunch,Wednesday,London
        bb-wed-man,Streamed Boozy Brunch on a Wednesday in Manchester,538,140000000,music,Boozy Brunch,Wednesday,Manchester
        """;
    static final String COPY = """
        id,campaign,channel,author,text,stat_ids
        sp-lon,Spring,,maya,"2,900 people in London streamed 'Boozy Brunch' on a Wednesday.",bb-wed-lon
        sp-man,Spring,,maya,"538 people in Manchester streamed 'Boozy Brunch' on a Wednesday.",bb-wed-man
        bb-09,Brunch,,jon,"3,445 people streamed 'Boozy Brunch' on a Wednesday.",bb-wed
        bb-10,Brunch,,jon,"3,441 of them did it outside Leeds.",bb-wed-x
        au-01,Autumn,,jon,"Take a page from the 3,445 people who streamed 'Boozy Brunch' on a Wednesday.",bb-wed
        """;

    private BrunchLattice() {
    }

    /** Imports the lattice's stats and lines into the database (created with the demo if new). */
    public static Database load(Path dir, Path file) throws Exception {
        Database database = dev.tact.store.db.DemoData.open(file, true, DeskFixtures.CLOCK, "data");
        new StatsImporter(database, DeskFixtures.CLOCK, "data").importStats(
            ImportSource.ofFile(write(dir, "brunch-stats.csv", STATS)), false, ImportProgress.NONE);
        new CopyImporter(database, DeskFixtures.CLOCK, "maya").importCopy(
            ImportSource.ofFile(write(dir, "brunch-copy.csv", COPY)), CopyImporter.Options.DEFAULT,
            ImportProgress.NONE);
        return database;
    }

    private static Path write(Path dir, String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }
}
