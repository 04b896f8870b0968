package dev.awardgraph.transfer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.SortedMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.springframework.stereotype.Service;

/** Every export of the graph, each from one consistent snapshot. */
@Service
class GraphExporter {

	/** Fixed entry times: the same graph gives a byte-identical zip. */
	private static final FileTime EPOCH = FileTime.fromMillis(0);

	private final GraphSnapshotReader reader;
	private final DataFormatExport dataFormat;

	GraphExporter(GraphSnapshotReader reader, DataFormatExport dataFormat) {
		this.reader = reader;
		this.dataFormat = dataFormat;
	}

	SortedMap<String, String> dataFiles() {
		return dataFormat.files(reader.read());
	}

	byte[] dataZip() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
			for (var file : dataFiles().entrySet()) {
				ZipEntry entry = new ZipEntry(file.getKey());
				entry.setLastModifiedTime(EPOCH);
				zip.putNextEntry(entry);
				zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	/**
	 * Writes the data/ format into {@code dir}, replacing the {@code *.yaml} files already there (so that exporting
	 * over a checked-out {@code data/} shows the change as a git diff). Refuses a non-empty directory that does
	 * not look like a dataset (no {@code sources.yaml}), so a mistyped path deletes nothing.
	 *
	 * @return the files written, relative to {@code dir}
	 */
	List<String> writeDataDirectory(Path dir) throws IOException {
		SortedMap<String, String> files = dataFiles();
		if (Files.isDirectory(dir)) {
			try (Stream<Path> entries = Files.list(dir)) {
				if (entries.findAny().isPresent() && !Files.exists(dir.resolve("sources.yaml"))) {
					throw new IOException(dir + " is not empty and holds no sources.yaml; export into an empty directory"
							+ " or an earlier export / data/ directory");
				}
			}
			try (Stream<Path> old = Files.walk(dir)) {
				for (Path yaml : old.filter(p -> p.toString().endsWith(".yaml")).toList()) {
					Files.delete(yaml);
				}
			}
		}
		for (var file : files.entrySet()) {
			Path target = dir.resolve(file.getKey());
			Files.createDirectories(target.getParent());
			Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
		}
		return List.copyOf(files.keySet());
	}

	String graphMl() {
		return GraphMlExport.graphMl(reader.read());
	}

	String nodesCsv() {
		return CsvExport.nodes(reader.read());
	}

	String edgesCsv() {
		return CsvExport.edges(reader.read());
	}
}
