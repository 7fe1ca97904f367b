package org.recoupe.entities;

/**
 * A mention of an article after linking: a name or a role description, and the within-article
 * entity it refers to.
 *
 * @param mention where it is and what it says; for a description, the type of what it designates
 * @param description whether it is a role description ("le président russe") rather than a name
 * @param entity the {@link LocalEntity#id()} it belongs to
 */
public record LinkedMention(Mention mention, boolean description, int entity) {}
