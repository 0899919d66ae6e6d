package org.dateline.link.online;

/** The SPARQL endpoint could not answer: the linker then links offline only. */
public final class LookupFailedException extends RuntimeException {

    public LookupFailedException(String endpoint, Throwable cause) {
        super("the Wikidata endpoint " + endpoint + " did not answer: " + cause.getMessage(), cause);
    }
}
