package dev.awardgraph.dataset;

import java.util.List;
import java.util.Map;

/** One parsed YAML file of the dataset: its path (for messages) and its raw node and relationship records. */
record DatasetFile(String path, List<Map<String, Object>> nodes, List<Map<String, Object>> relationships) {
}
