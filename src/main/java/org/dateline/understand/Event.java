package org.dateline.understand;

/**
 * Who did what to whom, as one sentence of the report tells it.
 *
 * @param category      the PLOVER category ("SANCTION")
 * @param actor         the key of the entity that acts; null when the report names no one who acted, as news of
 *                      violence so often does ("two soldiers were shot dead", "the killing of three aid workers",
 *                      "gunmen abducted the commissioner", "thousands of students protested"): such an event is
 *                      kept only with a target, and only for the categories told that way ({@code UnnamedActors})
 * @param target        the key of the entity the event is directed at; null when it has none ("Kenyans protested")
 * @param date          ISO value (yyyy-MM-dd, yyyy-MM or yyyy) of when it happened; null when unknown
 * @param place         the key of the place or country where it happened; null when not said
 * @param trigger       the word that expresses it ("revocation", "visited")
 * @param evidenceBegin code-point offset of the sentence in the body
 * @param evidenceEnd   code-point offset just past the sentence
 * @param evidence      the sentence
 * @param modality      how the report presents it
 * @param cameo         the CAMEO code of the dictionary pattern that found it ("0874"); null when none
 * @param mode          the PLOVER mode the CAMEO code gives ("visit", "withdraw"); null when none
 * @param actorSector   the CAMEO sector of the word that named the actor ("Sudanese troops": "MIL"); null when none
 * @param targetSector  the same for the target
 */
public record Event(String category, String actor, String target, String date, String place, String trigger,
        int evidenceBegin, int evidenceEnd, String evidence, Modality modality, String cameo, String mode,
        String actorSector, String targetSector) {
}
