package org.dateline.understand;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A country's people and its state are two parties. An event's target is otherwise never on its actor's side
 * (EventArguments.side: "Serbian President Kostunica promised to democratize Serbia" is aimed at no one), but CAMEO
 * codes a group of a country's people and that country's state as distinct actors (DZACVL, DZAGOV), and PLOVER's
 * gold codes events between them with one country on both sides: "Palestinian police confiscated weapons from
 * Palestinian armed groups" (PSE, PSE), "Turkey will allow Turkish Kurd refugees to return" (TUR, TUR). So a target
 * of the actor's own country is kept when one side is named by the word of a group of people (agents.tsv: refugees,
 * students, farmers, rebels ...) and the other is the state: the country itself or a body of it (police, army,
 * government), each named by the country ("Kenyan police arrested Kenyan students").
 */
final class DomesticParties {

    /** CAMEO sectors of the state: the government, the military, the police, the courts, the legislature, the spies. */
    private static final Set<String> STATE = Set.of("GOV", "MIL", "COP", "JUD", "LEG", "SPY");
    /** CAMEO sectors of groups of people outside the state. */
    private static final Set<String> PEOPLE = Set.of("CVL", "REF", "EDU", "LAB", "AGR", "OPP", "REB", "UAF", "PPL", "REL", "RAD");

    private DomesticParties() {
    }

    /**
     * Of the targets found with no side left out, those of an actor's own country that are its people or its state,
     * when the sentence names that country for each side ("Kenyan police arrested Kenyan students"): "Ugandan rebels
     * surrendered to the army" names only the rebels' country, and the army is anyone's guess.
     */
    static List<EventArguments.Argument> across(List<EventArguments.Argument> actors, List<EventArguments.Argument> targets,
            Reading reading, AnnotatedText.Sentence sentence) {
        List<EventArguments.Argument> kept = new ArrayList<>();
        for (EventArguments.Argument target : targets) {
            long named = reading.spans.stream().filter(s -> s.begin >= sentence.begin() && s.begin < sentence.end()
                    && target.key() != null && target.key().equals(s.key)).count();
            if (named >= 2 && target.key().startsWith(EntityType.COUNTRY + ":") && actors.stream()
                    .anyMatch(a -> target.key().equals(a.key()) && opposite(a.sector(), target.sector()))) {
                kept.add(target);
            }
        }
        return kept;
    }

    /** Whether one of two sectors is a group of people and the other the state (no sector: the country itself). */
    static boolean opposite(String one, String other) {
        return people(one) && (other == null || STATE.contains(other)) || people(other) && (one == null || STATE.contains(one));
    }

    /**
     * The state a group of a country's people protests against when the sentence names no one it is against:
     * that country itself. Every protest of PLOVER's gold has a target, and a domestic one is coded against its own
     * country's state, leader or capital ("opposition parties in Nepal organised a general strike": NPL, NPL; "rebels
     * in the Ivory Coast blocked transport": CIV, CIV), as our real reports code a crowd's protest against the state
     * of the country it happens in. Only a group of people (agents.tsv: workers, students, rebels, opposition ...):
     * "Kenyans protested in Nairobi" names a people, not one of its groups, and its state is not told apart from it.
     */
    static EventArguments.Argument protestedState(EventArguments.Argument actor) {
        return actor.key() != null && actor.key().startsWith(EntityType.COUNTRY + ":") && people(actor.sector())
                ? new EventArguments.Argument(actor.key(), null) : null;
    }

    /** Whether a sector is one of the state's: government, military, police, judiciary, legislature, intelligence. */
    static boolean state(String sector) {
        return sector != null && STATE.contains(sector);
    }

    /** Whether a sector is a group of people outside the state. */
    static boolean people(String sector) {
        return sector != null && PEOPLE.contains(sector);
    }
}
