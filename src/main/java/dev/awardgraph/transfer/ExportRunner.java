package dev.awardgraph.transfer;

import java.nio.file.Path;
import java.util.List;

import dev.awardgraph.dataset.GraphHasher;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The command-line export: {@code --awardgraph.export=DIR} writes the graph in the data/ format to DIR and exits
 * (status 0, or 1 when the export failed). Add {@code --spring.main.web-application-type=none} to not open a port.
 */
@Component
class ExportRunner implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ExportRunner.class);

	private final GraphExporter exporter;
	private final GraphHasher hasher;
	private final ConfigurableApplicationContext context;
	private final String directory;

	ExportRunner(GraphExporter exporter, GraphHasher hasher, ConfigurableApplicationContext context,
			@Value("${awardgraph.export:}") String directory) {
		this.exporter = exporter;
		this.hasher = hasher;
		this.context = context;
		this.directory = directory;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (directory.isBlank()) {
			return;
		}
		int status;
		try {
			long started = System.nanoTime();
			List<String> files = exporter.writeDataDirectory(Path.of(directory));
			// the hash lets whoever restores this export check they got the same graph back
			log.info("Exported the graph (hash={}) in the data/ format to {} ({} files, {} ms)", hasher.summarise().hash(),
					Path.of(directory).toAbsolutePath(), files.size(), (System.nanoTime() - started) / 1_000_000);
			status = 0;
		}
		catch (Exception ex) {
			log.error("Export to {} failed: {}", directory, ex.getMessage());
			status = 1;
		}
		int exit = status;
		System.exit(SpringApplication.exit(context, () -> exit));
	}
}
