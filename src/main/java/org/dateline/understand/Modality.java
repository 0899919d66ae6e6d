package org.dateline.understand;

/** How a report presents an event (dl:modality). */
public enum Modality {
    /** Stated as having happened or happening. */
    ASSERTED,
    /** Attributed to a claim or accusation ("purported", "alleged", "accused of"). */
    ALLEGED,
    /** Said not to have happened, or denied by an actor. */
    DENIED,
    /** Intended, scheduled or announced for the future ("will withdraw", "plans to", "slated"). */
    PLANNED
}
