package dev.awardgraph.link;

import java.util.List;

import dev.awardgraph.entity.Node;

/**
 * What two entities have in common: entities directly linked to both ({@code neighbours}), and awards,
 * categories, lists and events both reach through conferrals ({@code honours}).
 */
public record CommonLinks(Node a, Node b, List<SharedLink> neighbours, List<SharedLink> honours) {
}
