package dev.awardgraph.support;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Bounds on what one request may ask for. Beyond a bound the request is refused with a message that says the
 * bound and how to page, rather than silently clamped (a client must not mistake a clamped page for the end).
 */
@ConfigurationProperties("awardgraph.limits")
public record Limits(@DefaultValue("50") int defaultPageSize, @DefaultValue("500") int maxPageSize,
		@DefaultValue("200") int maxSearchText) {

	public int pageSize(Integer requested) {
		int size = requested == null ? defaultPageSize : requested;
		if (size < 0 || size > maxPageSize) {
			throw new IllegalArgumentException("first must be between 0 and " + maxPageSize + " (got " + size
					+ "); page with offset for more");
		}
		return size;
	}

	/** The requested value, or the fallback when none; outside min..max it is refused, naming the argument. */
	public static int bounded(String argument, Integer requested, int fallback, int min, int max) {
		int value = requested == null ? fallback : requested;
		if (value < min || value > max) {
			throw new IllegalArgumentException(argument + " must be between " + min + " and " + max + " (got " + value
					+ ")");
		}
		return value;
	}

	public int offset(Integer requested) {
		int offset = requested == null ? 0 : requested;
		if (offset < 0) {
			throw new IllegalArgumentException("offset must not be negative (got " + offset + ")");
		}
		return offset;
	}
}
