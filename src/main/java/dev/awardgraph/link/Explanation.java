package dev.awardgraph.link;

/** One relationship as a readable sentence, in Chinese and in English (entity names stay as the graph holds them). */
public record Explanation(String zh, String en) {
}
