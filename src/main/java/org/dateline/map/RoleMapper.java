package org.dateline.map;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
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
            Resource of = role.of() == null ? null : context.entityByKey().get(role.of());
            String iri = iris.role(context.report().getURI(), personName, role.title());
            Resource node = context.graph().getResource(iri);
            Statement ofBefore = node.getProperty(Vocab.ROLE_OF);
            if (of != null && ofBefore != null && !ofBefore.getObject().equals(of)) {
                // The same title of another country or organisation ("minister" of Niger and of Mali,
                // or two people whose names share a slug): another role, since a role has one dl:roleOf.
                node = context.graph().getResource(iris.role(context.report().getURI(), personName, role.title(), of.getURI()));
            }
            node.addProperty(org.apache.jena.vocabulary.RDF.type, Vocab.ROLE).addProperty(Vocab.STATED_IN, context.report());
            if (!node.hasProperty(Vocab.ROLE_TITLE)) {
                // One title: names of one slug give titles of one slug, which differ at most in case.
                node.addProperty(Vocab.ROLE_TITLE, role.title());
            }
            if (of != null && !node.hasProperty(Vocab.ROLE_OF)) {
                node.addProperty(Vocab.ROLE_OF, of);
            }
            person.addProperty(Vocab.HAS_ROLE, node);
        }
    }
}
