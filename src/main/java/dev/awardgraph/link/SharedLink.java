package dev.awardgraph.link;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.awardgraph.entity.Node;

/**
 * Something two entities are both linked to, with how each reaches it: {@code fromA} are paths from the first
 * entity to {@code node}, {@code fromB} from the second (one hop when linked directly, two or three through a
 * conferral, possibly of a project they applied for). Both lists are never empty.
 */
public record SharedLink(Node node, List<Path> fromA, List<Path> fromB) {

	/** The link as one sentence, e.g. "A (entry 1) and B (entry 6) are both listed in L". */
	public Explanation summary() {
		String a = side(fromA, true);
		String b = side(fromB, true);
		String aEn = side(fromA, false);
		String bEn = side(fromB, false);
		String n = String.valueOf(node.get("name"));
		boolean viaProject = all().anyMatch(p -> p.length() == 3);
		String zhWho = a + " 与 " + b + (viaProject ? "（或其申报的项目）" : "");
		String enWho = aEn + " and " + bEn + (viaProject ? " (or projects they applied for)" : "");
		if (all().allMatch(p -> p.length() == 1)) {
			return new Explanation(zhWho + " 均与 " + n + " 直接关联", enWho + " are both directly linked to " + n);
		}
		Set<String> last = all().map(p -> p.hops().get(p.length() - 1).type()).collect(Collectors.toSet());
		String only = last.size() == 1 ? last.iterator().next() : "";
		return switch (only) {
			case "LISTED_IN" -> new Explanation(zhWho + " 均列入 " + n, enWho + " are both listed in " + n);
			case "OF_AWARD" -> new Explanation(zhWho + " 均获得 " + n, enWho + " both received " + n);
			case "IN_CATEGORY" -> new Explanation(zhWho + " 均在 " + n + " 类别获奖",
					enWho + " were both honoured in the category " + n);
			case "PRESENTED_AT" -> new Explanation(zhWho + " 均在 " + n + " 上获奖", enWho + " were both honoured at " + n);
			default -> new Explanation(zhWho + " 均与 " + n + " 有关联", enWho + " are both linked to " + n);
		};
	}

	private Stream<Path> all() {
		return Stream.concat(fromA.stream(), fromB.stream());
	}

	/** The side's name, with its list positions when it reaches the node as list entries. */
	private static String side(List<Path> paths, boolean zh) {
		String name = String.valueOf(paths.get(0).nodes().get(0).get("name"));
		List<String> orders = paths.stream()
			.map(p -> p.hops().get(p.length() - 1))
			.filter(h -> h.type().equals("LISTED_IN") && h.order() != null)
			.map(h -> String.valueOf(h.order()))
			.distinct()
			.toList();
		if (orders.isEmpty()) {
			return name;
		}
		return zh ? name + "（第" + String.join("、", orders) + "位）"
				: name + (orders.size() > 1 ? " (entries " : " (entry ") + String.join(", ", orders) + ")";
	}
}
