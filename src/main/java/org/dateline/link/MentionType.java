package org.dateline.link;

/**
 * The coarse type the understanding stage gives a mention. It restricts what the mention may link
 * to: a PERSON mention never links to a country, a NATIONALITY ("Nigerien") only to a country.
 */
public enum MentionType {
    PERSON, ORGANIZATION, COUNTRY, PLACE, LOCATION, NATIONALITY;

    /**
     * How well an item of this type fits a mention of this type: 1 fits, a fraction is a plausible
     * tagging slip (a place tagged as a country), 0 never.
     */
    /**
     * The mention type of a CoreNLP named-entity tag (PERSON, ORGANIZATION, COUNTRY, CITY,
     * STATE_OR_PROVINCE, LOCATION, NATIONALITY); empty for tags that are not names of things the
     * linker knows (TITLE, DATE, MONEY, ...).
     */
    public static java.util.Optional<MentionType> ofNerTag(String tag) {
        if (tag == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.ofNullable(switch (tag) {
            case "PERSON" -> PERSON;
            case "ORGANIZATION" -> ORGANIZATION;
            case "COUNTRY" -> COUNTRY;
            case "CITY", "STATE_OR_PROVINCE" -> PLACE;
            case "LOCATION" -> LOCATION;
            case "NATIONALITY" -> NATIONALITY;
            default -> null;
        });
    }

    public boolean fits(EntityType type) {
        return fit(type) > 0;
    }

    double fit(EntityType type) {
        return switch (this) {
            case PERSON -> type == EntityType.PERSON ? 1 : 0;
            case ORGANIZATION -> switch (type) {
                case ORGANIZATION -> 1;
                case COUNTRY -> 0.9; // "the U.S." acting, tagged as an organisation
                default -> 0;
            };
            case COUNTRY, NATIONALITY -> type == EntityType.COUNTRY ? 1 : 0;
            case PLACE -> switch (type) {
                case PLACE -> 1;
                case COUNTRY -> 0.9;
                default -> 0;
            };
            case LOCATION -> type == EntityType.COUNTRY || type == EntityType.PLACE ? 1 : 0;
        };
    }
}
