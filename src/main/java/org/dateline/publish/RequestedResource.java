package org.dateline.publish;

/**
 * A request path split into the resource it names and the representation a suffix asks for:
 * {@code /report/abc.ttl} is {@code /report/abc} as Turtle; {@code /report/abc} leaves the choice
 * to the Accept header (variant null).
 */
record RequestedResource(String path, RdfVariant variant) {

    static RequestedResource parse(String path) {
        int slash = path.lastIndexOf('/');
        int dot = path.lastIndexOf('.');
        if (dot > slash) {
            RdfVariant v = RdfVariant.bySuffix(path.substring(dot + 1));
            if (v != null) {
                return new RequestedResource(path.substring(0, dot), v);
            }
        }
        return new RequestedResource(path, null);
    }
}
