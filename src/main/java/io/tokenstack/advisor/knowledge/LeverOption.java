package io.tokenstack.advisor.knowledge;

/** A provider lever the rules found worth weighing for this team. */
public record LeverOption(String lever, String rule, String reason) {
}
