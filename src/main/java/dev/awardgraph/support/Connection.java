package dev.awardgraph.support;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * A Relay connection (named so, because spring-graphql passes values of *Connection classes through as they are): a page over a stable order: {@code first}/{@code after} in, {@code totalCount}, {@code pageInfo}
 * and {@code edges} out. Cursors are opaque to clients; today they encode the position in the order.
 */
public record Connection<T>(long totalCount, PageInfo pageInfo, List<Edge<T>> edges) {

	public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
	}

	public record Edge<T>(String cursor, T node) {
	}

	/** The window a request asks for: skip {@code offset} items, take {@code size}. */
	public record Window(int offset, int size) {

		public static Window of(Integer first, String after, Limits limits) {
			return new Window(after == null ? 0 : decode(after) + 1, limits.pageSize(first));
		}
	}

	public List<T> nodes() {
		return edges.stream().map(Edge::node).toList();
	}

	public static <T> Connection<T> of(List<T> items, long totalCount, Window window) {
		List<Edge<T>> edges = new ArrayList<>(items.size());
		for (int i = 0; i < items.size(); i++) {
			edges.add(new Edge<>(encode(window.offset() + i), items.get(i)));
		}
		PageInfo info = new PageInfo(window.offset() + items.size() < totalCount, window.offset() > 0,
				edges.isEmpty() ? null : edges.get(0).cursor(), edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor());
		return new Connection<>(totalCount, info, edges);
	}

	static String encode(int position) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(("at:" + position).getBytes(StandardCharsets.UTF_8));
	}

	static int decode(String cursor) {
		try {
			String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
			if (text.startsWith("at:")) {
				int position = Integer.parseInt(text.substring(3));
				if (position >= 0) {
					return position;
				}
			}
		}
		catch (IllegalArgumentException ex) {
			// falls through to the message below (NumberFormatException is an IllegalArgumentException)
		}
		throw new IllegalArgumentException("after: '" + cursor + "' is not a cursor from this API (use pageInfo.endCursor)");
	}
}
