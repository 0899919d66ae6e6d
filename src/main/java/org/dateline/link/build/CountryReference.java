package org.dateline.link.build;

/**
 * What one row of an extract says about the country a place lies in or an office serves, as the
 * row gives it: any of the three may be empty. The builder resolves it to a country of the
 * gazetteer ({@link CountryIndex}) or drops it with a warning.
 *
 * @param qid   the country's item, after the sovereign-state rule ("Q30"); "" when the row gives none
 * @param iso2  its ISO 3166-1 alpha-2 code ("RE"); "" when none
 * @param name  its name as the row writes it ("Kosovo", "Turkish Republic of Northern Cyprus")
 * @param where the table and the item the reference is read from, for the warning
 */
record CountryReference(String qid, String iso2, String name, String where) {

    CountryReference {
        qid = qid == null ? "" : qid.strip();
        iso2 = iso2 == null ? "" : iso2.strip();
        name = name == null ? "" : name.strip();
    }

    boolean isEmpty() {
        return qid.isEmpty() && iso2.isEmpty() && name.isEmpty();
    }

    /** "Q407199 (Palestine)", for warnings. */
    String describe() {
        String code = iso2.isEmpty() ? "" : " [" + iso2 + "]";
        if (qid.isEmpty()) {
            return "\"" + name + "\"" + code + " (no QID)";
        }
        return qid + (name.isEmpty() ? "" : " (" + name + ")") + code;
    }
}
