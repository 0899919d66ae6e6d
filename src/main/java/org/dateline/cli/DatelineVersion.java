package org.dateline.cli;

import picocli.CommandLine.IVersionProvider;

/** Dateline's version, from the jar's manifest ("dev" when run from classes). */
public final class DatelineVersion implements IVersionProvider {

    public static String get() {
        String version = DatelineVersion.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"Dateline " + get()};
    }
}
