package org.dateline.map;

import org.apache.jena.rdf.model.Resource;
import org.dateline.understand.Role;
import org.dateline.understand.Understanding;

/** The role row: {@code ?person dl:hasRole ?role . ?role a dl:Role; dl:roleTitle; dl:roleOf; dl:statedIn}. */
final class RoleMapper {

    private final IriScheme iris;

    RoleMapper(IriScheme iris) {
        this.iris = iris;
    }

    void map(Understanding understanding, ReportContext context) {
        for (Role role : understanding.roles()) {
            String personName = understanding.entity(role.person()).orElseThrow().name();
            Resource person = context.entityByKey().get(role.person());
            Resource node = context.graph().createResource(iris.role(context.report().getURI(), personName, role.title()),
                    Vocab.ROLE)
                    .addProperty(Vocab.ROLE_TITLE, role.title())
                    .addProperty(Vocab.STATED_IN, context.report());
            if (role.of() != null) {
                node.addProperty(Vocab.ROLE_OF, context.entityByKey().get(role.of()));
            }
            person.addProperty(Vocab.HAS_ROLE, node);
        }
    }
}
