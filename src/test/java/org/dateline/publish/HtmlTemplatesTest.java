package org.dateline.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** Templates and the templates they include, from the classpath. */
class HtmlTemplatesTest {

    @Test
    void anIncludedTemplateIsFilledWithTheSlotsOfThePageThatIncludesIt() {
        assertEquals("<article>\n<dl class=\"facts meta\">\n<dt>Type</dt><dd>country</dd>\n</dl>\n<p>a note</p>\n</article>\n",
                HtmlTemplates.fill("test-including.html", Map.of("facts", "<dt>Type</dt><dd>country</dd>", "note", "a note")));
    }

    @Test
    void aSlotLeftWithoutAValueIsRefusedAlsoInAnIncludedTemplate() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> HtmlTemplates.fill("test-including.html", Map.of("note", "a note")));
        assertEquals("template test-including.html needs slot facts", e.getMessage());
    }

    @Test
    void templatesThatIncludeEachOtherWithoutEndAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> HtmlTemplates.fill("test-loop.html", Map.of()));
        assertTrue(e.getMessage().startsWith("templates include each other too deeply"), e.getMessage());
    }
}
