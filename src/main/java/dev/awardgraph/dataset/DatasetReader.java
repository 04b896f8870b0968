package dev.awardgraph.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/** Reads every {@code *.yaml} under a dataset location (a directory or a classpath folder) into raw records. */
@Component
class DatasetReader {

	private static final Set<String> SECTIONS = Set.of("nodes", "relationships");

	private final PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

	List<DatasetFile> read(String location, List<String> problems) {
		String base = location.endsWith("/") ? location : location + "/";
		Resource[] resources;
		try {
			resources = resolver.getResources(base + "**/*.yaml");
		}
		catch (IOException ex) {
			problems.add(location + ": cannot list dataset files (" + ex.getMessage() + ")");
			return List.of();
		}
		if (resources.length == 0) {
			problems.add(location + ": no *.yaml dataset files found");
		}
		String root = describe(resolver.getResource(base));
		// messages name files as a reviewer sees them: data/facts/x.yaml for the packaged dataset
		String shownRoot = base.equals("classpath:dataset/") ? "data/" : base;
		List<DatasetFile> files = new ArrayList<>();
		for (Resource resource : Arrays.stream(resources).sorted(Comparator.comparing(DatasetReader::describe)).toList()) {
			String url = describe(resource);
			String path = url.startsWith(root) ? shownRoot + url.substring(root.length()) : url;
			try (InputStream in = resource.getInputStream()) {
				String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
				Object document = yaml().load(text);
				files.add(toFile(path, document, problems));
			}
			catch (IOException | YAMLException ex) {
				problems.add(path + ": not valid YAML: " + ex.getMessage().lines().findFirst().orElse(""));
			}
		}
		return files;
	}

	@SuppressWarnings("unchecked")
	private static DatasetFile toFile(String path, Object document, List<String> problems) {
		if (document == null) {
			return new DatasetFile(path, List.of(), List.of());
		}
		if (!(document instanceof Map<?, ?> map)) {
			problems.add(path + ": must be a map with 'nodes:' and/or 'relationships:' lists");
			return new DatasetFile(path, List.of(), List.of());
		}
		map.keySet().stream().filter(k -> !SECTIONS.contains(k))
			.forEach(k -> problems.add(path + ": unknown section '" + k + "' (expected nodes, relationships)"));
		return new DatasetFile(path, records(path, "nodes", map.get("nodes"), problems),
				records(path, "relationships", map.get("relationships"), problems));
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> records(String path, String section, Object value, List<String> problems) {
		if (value == null) {
			return List.of();
		}
		if (!(value instanceof List<?> list)) {
			problems.add(path + ": '" + section + "' must be a list");
			return List.of();
		}
		List<Map<String, Object>> records = new ArrayList<>();
		for (int i = 0; i < list.size(); i++) {
			if (list.get(i) instanceof Map<?, ?> record) {
				Map<String, Object> normalised = new LinkedHashMap<>();
				record.forEach((k, v) -> normalised.put(String.valueOf(k), plain(v)));
				records.add(normalised);
			}
			else {
				problems.add(path + ": " + section + "[" + i + "] must be a map");
				records.add(Map.of());
			}
		}
		return records;
	}

	/** YAML turns an unquoted 2024-11-20 into a timestamp; the dataset means the calendar date as written. */
	private static Object plain(Object value) {
		if (value instanceof Date date) {
			SimpleDateFormat iso = new SimpleDateFormat("yyyy-MM-dd");
			iso.setTimeZone(TimeZone.getTimeZone("UTC"));
			return iso.format(date);
		}
		if (value instanceof List<?> list) {
			return list.stream().map(DatasetReader::plain).toList();
		}
		return value;
	}

	private static Yaml yaml() {
		LoaderOptions options = new LoaderOptions();
		options.setAllowDuplicateKeys(false);
		options.setCodePointLimit(16 * 1024 * 1024);
		return new Yaml(new SafeConstructor(options));
	}

	private static String describe(Resource resource) {
		try {
			return resource.getURL().toString();
		}
		catch (IOException ex) {
			return resource.getDescription();
		}
	}

}
