package dev.awardgraph.transfer;

import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Represent;
import org.yaml.snakeyaml.representer.Representer;

/**
 * YAML as the curated files are written: one record per block, short lists inline ({@code sources: [src/a]}),
 * Chinese as is, no line folding (one changed value = one changed line in a diff), and every scalar quoted
 * exactly when YAML would otherwise read it as another type (a date "2024-11-20" stays text).
 */
final class ExportYaml {

	private ExportYaml() {
	}

	static String dump(String header, String section, List<Map<String, Object>> records) {
		DumperOptions options = new DumperOptions();
		options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
		options.setAllowUnicode(true);
		options.setSplitLines(false);
		options.setWidth(100_000);
		options.setIndent(2);
		options.setIndicatorIndent(2);
		options.setIndentWithIndicator(true);
		options.setLineBreak(DumperOptions.LineBreak.UNIX);
		Yaml yaml = new Yaml(new Inline(options), options);
		return header + yaml.dump(Map.of(section, records));
	}

	private static final class Inline extends Representer {

		Inline(DumperOptions options) {
			super(options);
			Represent decimal = data -> representScalar(Tag.FLOAT, Values.plainDecimal((Double) data));
			this.representers.put(Double.class, decimal);
		}

		@Override
		protected Node representSequence(Tag tag, Iterable<?> sequence, DumperOptions.FlowStyle flowStyle) {
			Node node = super.representSequence(tag, sequence, flowStyle);
			if (node instanceof SequenceNode list && list.getValue().stream().allMatch(ScalarNode.class::isInstance)) {
				list.setFlowStyle(DumperOptions.FlowStyle.FLOW);
			}
			return node;
		}
	}
}
