package org.dateline.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Texts that are not news (a recipe, a table of figures, a program) are set aside with a reason
 * that says what they look like; news that merely quotes figures, weights or instructions is not.
 */
class NotNewsTest {

    @TempDir
    Path dir;

    private String refusal(String name, String text) throws Exception {
        Path file = Fixtures.write(dir, name, text);
        UnreadableSourceException e = assertThrows(UnreadableSourceException.class, () -> new SourceReader().read(file));
        return e.reason();
    }

    @Test
    void pancakeRecipeInPlainText() throws Exception {
        String recipe = """
                Fluffy pancakes

                Serves 4

                Ingredients
                200g plain flour
                2 tsp baking powder
                1 tbsp caster sugar
                2 large eggs
                300ml milk
                a knob of butter, for frying

                Method
                Sift the flour and baking powder into a large bowl and stir in the sugar.
                Whisk the eggs and milk together, then pour into the flour and beat until smooth.
                Heat a little butter in a frying pan over a medium heat.
                Pour a ladle of batter into the pan and cook for two minutes on each side.
                Serve warm with lemon and sugar.
                """;
        assertEquals("not a news report: looks like a recipe (5 ingredient lines with quantities, 5 cooking steps,"
                + " 3 recipe headings)", refusal("pancakes.txt", recipe));
    }

    @Test
    void recipeWithoutHeadingsInMarkdown() throws Exception {
        String recipe = """
                # Millet porridge

                - 1 cup millet flour
                - 4 cups water
                - 1/2 cup sugar
                - 1 1/2 tsp ground ginger

                1. Bring the water to the boil in a heavy pot.
                2. Whisk in the millet flour a little at a time so that no lumps form.
                3. Simmer for twenty minutes, stirring often, then add the sugar and ginger.
                """;
        assertTrue(refusal("porridge.md", recipe).startsWith("not a news report: looks like a recipe (4 ingredient lines"));
    }

    @Test
    void recipePageWhoseIngredientsAreListItems() throws Exception {
        String page = """
                <!DOCTYPE html><html><head><title>Pancakes</title></head><body><article><h1>Pancakes</h1>
                <h2>Ingredients</h2><ul><li>200 g flour</li><li>2 eggs</li><li>300 ml milk</li><li>1 pinch of salt</li></ul>
                <h2>Method</h2><p>Whisk the eggs, milk and salt into the flour until the batter is smooth.</p>
                <p>Fry a ladle of batter at a time in a hot buttered pan, two minutes on each side.</p>
                </article></body></html>
                """;
        assertTrue(refusal("pancakes.html", page).startsWith("not a news report: looks like a recipe"));
    }

    @Test
    void tableOfNumbersAlignedBySpaces() throws Exception {
        String table = """
                Region        2021     2022     2023
                Agadez        1200     1350     1410
                Diffa          980     1020      990
                Dosso         2300     2410     2520
                Maradi        3100     3250     3300
                Tahoua        2750     2800     2910
                Tillaberi     1900     1700     1650
                Zinder        3400     3500     3620
                """;
        assertEquals("not a news report: looks like a table of numbers (8 of 8 lines), not prose",
                refusal("regions.txt", table));
    }

    @Test
    void tableOfWordsAlignedBySpaces() throws Exception {
        String table = """
                Name                 Post                      Since
                Abdourahamane Tiani  Head of state             July 2023
                Ali Lamine Zeine     Prime minister            August 2023
                Bakary Yaou Sangare  Foreign affairs           August 2023
                Salifou Mody         Defence                   August 2023
                """;
        assertEquals("not a news report: looks like a table (columns aligned by spaces), not prose",
                refusal("cabinet.txt", table));
    }

    @Test
    void pythonListing() throws Exception {
        String code = """
                import csv

                def total(rows):
                    result = 0
                    for row in rows:
                        result += int(row["fatalities"])
                    return result

                with open("events.csv") as f:
                    print(total(csv.DictReader(f)))
                """;
        assertEquals("not a news report: looks like source code, not prose", refusal("total.py", code));
    }

    @Test
    void newsThatQuotesFiguresWeightsAndAdviceIsNotRefused() throws Exception {
        String report = """
                Flour prices double in Niamey markets

                Tue May 14 2024

                NIAMEY: The price of a 50 kg sack of flour has doubled since the border with Benin closed in August, traders in the capital said on Tuesday.

                A sack now sells for 40,000 CFA francs, against 20,000 last year, according to figures from the chamber of commerce.

                "Add the cost of transport through Burkina Faso and the bakers cannot cope," said Moussa Ibrahim, who sells grain at the Petit Marche.

                Officials said 300 tonnes of wheat from Russia would reach the port of Lome next week.
                """;
        Path file = Fixtures.write(dir, "flour.txt", report);
        List<ReportDoc> docs = new SourceReader().read(file);
        assertEquals(1, docs.size());
        assertNull(NewsReportCheck.structuralReason(report));
    }
}
