package org.dateline.map;

import java.util.Locale;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.dateline.understand.Event;
import org.dateline.understand.Understanding;

/**
 * The event row: {@code ?e a dl:Event; dl:eventType plover:…; dl:actor; dl:target; dl:date; dl:place;
 * dl:trigger; dl:reportedIn; dl:evidence; dl:evidenceBeginIndex; dl:evidenceEndIndex; dl:modality;
 * dl:cameoCode; dl:ploverMode; dl:actorSector; dl:targetSector} (dl:actor, dl:target, the last four, the
 * date and the place only when known: an event may name no actor, see {@link Event#actor()}).
 * The event's IRI comes from its category, actor, target and year ({@link IriScheme#event}), so the
 * graphs of two reports that tell one event describe the same node.
 */
final class EventMapper {

    private final IriScheme iris;

    EventMapper(IriScheme iris) {
        this.iris = iris;
    }

    void map(Understanding understanding, ReportContext context) {
        for (Event event : understanding.events()) {
            // no actor when the report names no one who acted ("two soldiers were shot dead"): no dl:actor
            Resource actor = event.actor() == null ? null : context.entityByKey().get(event.actor());
            Resource target = event.target() == null ? null : context.entityByKey().get(event.target());
            String year = event.date() == null ? null : event.date().substring(0, 4);
            // neither actor nor target ("four persons were shot"): an event of this report alone, named by its telling
            String iri = actor == null && target == null
                    ? iris.unnamedEvent(event.category(), context.fingerprint(), event.evidenceBegin(), event.trigger(), year)
                    : iris.event(event.category(), actor == null ? null : actor.getURI(), target == null ? null : target.getURI(), year);
            Resource node = context.graph().createResource(iri, Vocab.EVENT);
            if (node.hasProperty(Vocab.EVIDENCE)) {
                continue; // told twice in this report with different dates of one year: the first telling stands
            }
            node.addProperty(Vocab.EVENT_TYPE, ResourceFactory.createResource(Vocab.PLOVER + event.category()))
                    .addProperty(Vocab.TRIGGER, event.trigger())
                    .addProperty(Vocab.REPORTED_IN, context.report())
                    .addProperty(Vocab.EVIDENCE, event.evidence())
                    .addLiteral(Vocab.EVIDENCE_BEGIN_INDEX, context.nonNegative(event.evidenceBegin()))
                    .addLiteral(Vocab.EVIDENCE_END_INDEX, context.nonNegative(event.evidenceEnd()))
                    .addProperty(Vocab.MODALITY, ResourceFactory.createResource(Vocab.DL + modality(event)));
            if (actor != null) {
                node.addProperty(Vocab.ACTOR, actor);
            }
            if (target != null) {
                node.addProperty(Vocab.TARGET, target);
            }
            if (event.date() != null) {
                node.addLiteral(Vocab.DATE, context.calendarValue(event.date()));
            }
            addIfKnown(node, Vocab.CAMEO_CODE, event.cameo());
            addIfKnown(node, Vocab.PLOVER_MODE, event.mode());
            addIfKnown(node, Vocab.ACTOR_SECTOR, event.actorSector());
            addIfKnown(node, Vocab.TARGET_SECTOR, event.targetSector());
            if (event.place() != null) {
                node.addProperty(Vocab.PLACE_OF_EVENT, context.entityByKey().get(event.place()));
            }
        }
    }

    private static void addIfKnown(Resource node, org.apache.jena.rdf.model.Property property, String value) {
        if (value != null) {
            node.addProperty(property, value);
        }
    }

    /** dl:Asserted, dl:Alleged, dl:Denied, dl:Planned. */
    private static String modality(Event event) {
        String name = event.modality().name();
        return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
    }
}
