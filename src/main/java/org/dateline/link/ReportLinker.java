package org.dateline.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.dateline.read.ReportDoc;

/**
 * The link stage for a report's metadata: links its publisher, dateline place and agency. A link
 * is kept only when the item's type fits the slot (a publisher is an organisation, a dateline a
 * place or a country), so that the mapped report always satisfies its shapes.
 */
public final class ReportLinker {

    /** A report linker that links nothing (tests of the map stage alone, benchmarks of it). */
    public static final ReportLinker NONE = new ReportLinker(null);

    private final Linker linker;

    public ReportLinker(Linker linker) {
        this.linker = linker;
    }

    public ReportLinks link(ReportDoc doc) {
        if (linker == null) {
            return ReportLinks.NONE;
        }
        String place = doc.dateline() == null ? null : doc.dateline().place();
        List<String> names = new ArrayList<>();
        for (String name : new String[] {doc.publisher(), doc.agencyName(), place}) {
            if (name != null) {
                names.add(name);
            }
        }
        ReportContext context = new ReportContext(names, place);
        Set<EntityType> organisation = Set.of(EntityType.ORGANIZATION);
        return new ReportLinks(
                doc.publisher() == null ? null
                        : link(Mention.of(doc.publisher(), MentionType.ORGANIZATION), context, organisation),
                place == null ? null
                        : link(Mention.dateline(place), context, Set.of(EntityType.PLACE, EntityType.COUNTRY)),
                doc.agencyName() == null ? null
                        : link(Mention.of(doc.agencyName(), MentionType.ORGANIZATION), context, organisation));
    }

    private Link link(Mention mention, ReportContext context, Set<EntityType> fits) {
        Optional<Link> link = linker.link(mention, context);
        return link.filter(l -> fits.contains(l.type())).orElse(null);
    }
}
