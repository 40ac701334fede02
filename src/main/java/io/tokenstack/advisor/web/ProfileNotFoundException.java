package io.tokenstack.advisor.web;

import java.util.List;

/** A profile name the profiles folder does not hold; answered with 404. */
class ProfileNotFoundException extends RuntimeException {

    private final String name;
    private final List<String> known;

    ProfileNotFoundException(String name, List<String> known) {
        super("no profile named " + name);
        this.name = name;
        this.known = List.copyOf(known);
    }

    String name() {
        return name;
    }

    List<String> known() {
        return known;
    }
}
