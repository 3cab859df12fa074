package ru.lokalakt.render.pdf.layout;

import org.junit.jupiter.api.Test;
import ru.lokalakt.render.pdf.layout.Paginator.Item;
import ru.lokalakt.render.pdf.layout.Paginator.Start;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Page breaks by Word's rules, on pages of ten lines of 10 pt (100 pt of text). */
class PaginatorTest {
    private static final Paginator.Pages TEN_LINES = page -> 100;

    private static Item text(int lines) {
        return Item.lines(10, lines, 0, 0, false, false);
    }

    private static Item heading() {
        return Item.lines(10, 1, 0, 0, true, true);
    }

    private static List<Start> starts(Item... items) {
        return Paginator.paginate(List.of(items), TEN_LINES).starts();
    }

    @Test
    void aParagraphSplitsWhereThePageEnds() {
        assertEquals(List.of(), starts(text(10)));
        assertEquals(List.of(new Start(1, 4, false)), starts(text(6), text(8)));
    }

    @Test
    void theNextPageGetsAtLeastTwoLines() {
        // 9 of 10 lines would fit; one line alone at the top of the next page is a widow: two go over.
        assertEquals(List.of(new Start(0, 9, false)), starts(text(11)));
        assertEquals(List.of(new Start(1, 3, false)), starts(text(6), text(5)));
    }

    @Test
    void aFirstLineAloneAtTheBottomGoesOverWithItsParagraph() {
        assertEquals(List.of(new Start(1, 0, false)), starts(text(9), text(5)));
    }

    @Test
    void aParagraphOfTwoOrThreeLinesIsNeverSplit() {
        assertEquals(List.of(new Start(1, 0, false)), starts(text(8), text(3)));
        assertEquals(List.of(new Start(1, 0, false)), starts(text(9), text(2)));
    }

    @Test
    void aHeadingGoesOverWithTheFirstTwoLinesOfItsText() {
        // The heading and one line would fit: the heading goes over too.
        assertEquals(List.of(new Start(1, 0, false)), starts(text(8), heading(), text(5)));
        // Room for the heading and two lines: they stay, the rest goes over.
        assertEquals(List.of(new Start(2, 2, false)), starts(text(7), heading(), text(5)));
        // A chain of headings goes over together.
        assertEquals(List.of(new Start(1, 0, false)), starts(text(7), heading(), heading(), text(5)));
    }

    @Test
    void aHeadingKeepsWithAShortParagraphWhole() {
        assertEquals(List.of(new Start(1, 0, false)), starts(text(7), heading(), text(3)));
    }

    @Test
    void aChainLongerThanAPageIsLetBreak() {
        // From the first heading on, the chain is 170 pt long: the page is filled, nothing is moved.
        Item[] items = new Item[17];
        items[0] = text(5);
        for (int i = 1; i < 16; i++) {
            items[i] = heading();
        }
        items[16] = text(2);
        List<Start> starts = starts(items);
        assertEquals(new Start(6, 0, false), starts.get(0), "the page is filled, nothing moved: " + starts);
    }

    @Test
    void linesKeptTogetherMoveWhole() {
        Item block = Item.lines(10, 4, 0, 0, false, true);
        assertEquals(List.of(new Start(1, 0, false)), starts(text(7), block));
    }

    @Test
    void spaceBeforeIsDroppedAtTheTopOfAPageTheTextFlowedOntoAndKeptAfterAPageBreak() {
        Item spaced = Item.lines(10, 2, 15, 0, false, false);
        Paginator.Plan flowed = Paginator.paginate(List.of(text(9), spaced), TEN_LINES);
        assertEquals(List.of(new Start(1, 0, false)), flowed.starts());
        assertEquals(20, flowed.ends()[1], 0.001);
        Paginator.Plan broken = Paginator.paginate(List.of(text(3), Item.pageBreak(), spaced), TEN_LINES);
        assertEquals(List.of(new Start(2, 0, true)), broken.starts());
        assertEquals(35, broken.ends()[2], 0.001);
        // The first page keeps it too, as the start of a document does.
        assertEquals(35, Paginator.paginate(List.of(spaced), TEN_LINES).ends()[0], 0.001);
    }

    @Test
    void spaceAfterTheLastParagraphOfAPageNeedsNoRoom() {
        Item spaced = Item.lines(10, 10, 0, 12, false, false);
        assertEquals(List.of(new Start(1, 0, false)), starts(spaced, text(1)));
        assertEquals(List.of(), starts(spaced));
    }

    @Test
    void tableRowsAreNeverSplitAndTheHeaderIsRepeated() {
        Item table = Item.rows(new float[]{15, 20, 20, 20, 20, 20}, 15, 0, 0, false);
        Paginator.Plan plan = Paginator.paginate(List.of(text(2), table), TEN_LINES);
        // 20 + 15 + 20 + 20 + 20 = 95: the fifth row (20) does not fit.
        assertEquals(List.of(new Start(1, 4, false)), plan.starts());
        // On the next page the header (15) stands above the two rows left.
        assertEquals(55, plan.ends()[1], 0.001);
        // A header row does not stay alone at the bottom of a page: it goes over, and the last row after it.
        assertEquals(List.of(new Start(1, 0, false), new Start(1, 5, false)), starts(text(8), table));
    }

    @Test
    void aFootNoteTakesThePageFootAndNeedsItsAnchor() {
        Item note = Item.foot(25);
        // 70 + 25 fits, and the empty anchor line (10) beside: 105 does not.
        assertEquals(List.of(new Start(1, 0, false)), starts(text(7), note, text(1)));
        assertEquals(List.of(), starts(text(6), note, text(1)));
        // The text after the note has the page less the note.
        assertEquals(List.of(new Start(3, 3, false)), starts(text(2), note, text(1), text(5)));
    }

    @Test
    void whatCannotFitAnywhereStandsAtTheTopOfAPage() {
        Item tall = Item.block(150, 0, 0, false);
        List<Start> starts = starts(text(3), tall, text(1));
        assertEquals(List.of(new Start(1, 0, false), new Start(2, 0, false)), starts);
    }

    @Test
    void thePageBreakStartsANewPageOnlyAfterSomething() {
        assertEquals(List.of(new Start(2, 0, true)), starts(text(3), Item.pageBreak(), text(1)));
        assertEquals(List.of(), starts(Item.pageBreak(), text(1)));
    }

    @Test
    void theFirstPageMayBeShorter() {
        Paginator.Pages qr = page -> page == 0 ? 60 : 100;
        assertEquals(List.of(new Start(0, 6, false), new Start(0, 16, false)),
                Paginator.paginate(List.of(text(20)), qr).starts());
    }
}
