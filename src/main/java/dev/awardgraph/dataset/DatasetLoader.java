package dev.awardgraph.dataset;

import java.util.ArrayList;
import java.util.List;

import dev.awardgraph.config.AwardgraphProperties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** Reads, validates and writes a dataset; refuses it whole, naming every bad record, if anything is wrong. */
@Service
public class DatasetLoader {

	private static final Logger log = LoggerFactory.getLogger(DatasetLoader.class);

	private final DatasetReader reader;
	private final DatasetValidator validator;
	private final DatasetWriter writer;
	private final GraphHasher hasher;
	private final String defaultLocation;

	DatasetLoader(DatasetReader reader, DatasetValidator validator, DatasetWriter writer, GraphHasher hasher,
			AwardgraphProperties properties) {
		this.reader = reader;
		this.validator = validator;
		this.writer = writer;
		this.hasher = hasher;
		this.defaultLocation = properties.dataset().location();
	}

	/** Reloads the configured dataset. */
	public LoadReport load() {
		return load(defaultLocation);
	}

	/** @param location a directory ({@code file:/path/}) or classpath folder of YAML files */
	public LoadReport load(String location) {
		return load(location, true);
	}

	/**
	 * Loads the configured dataset when the service starts, without the canonical hash: computing it reads the
	 * whole graph back, about a second of a cold start on two cores (docs/benchmarks.md), only for a log line.
	 * {@code graph { hash }} computes it when asked.
	 */
	LoadReport loadAtStart() {
		return load(defaultLocation, false);
	}

	private synchronized LoadReport load(String location, boolean hash) {
		long started = System.nanoTime();
		List<String> problems = new ArrayList<>();
		List<DatasetFile> files = reader.read(location, problems);
		Dataset dataset = validator.validate(files, problems);
		if (!problems.isEmpty()) {
			log.warn("Dataset {} refused with {} problems; the graph is unchanged", location, problems.size());
			throw new DatasetException(problems);
		}
		writer.replaceGraph(dataset);
		LoadReport report = new LoadReport(location, files.size(), dataset.nodes().size(), dataset.relationships().size(),
				hash ? hasher.summarise().hash() : null, (System.nanoTime() - started) / 1_000_000);
		log.info("Dataset loaded: {}", report);
		return report;
	}

	/** What a load did; {@code hash} is the graph's canonical hash afterwards, null for the load at start. */
	public record LoadReport(String location, int files, int nodes, int relationships, String hash, long millis) {
	}
}
