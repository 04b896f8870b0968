package dev.awardgraph.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dev.awardgraph.AwardgraphApplication;
import dev.awardgraph.dataset.DatasetLoader;
import dev.awardgraph.dataset.GraphHasher;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * No data loss, proven with real processes: the service runs in its own JVM on a store directory, an import of
 * a synthetic dataset is killed with SIGKILL ({@link Process#destroyForcibly()}) as its transaction, fully
 * written, starts to commit, and a new process on the same store must find exactly the old graph or exactly the
 * new one. That restart is the command-line export ({@code --awardgraph.export}, a backup), which logs the hash
 * it found; restoring the backup into a fresh store gives the same hash, and re-running the import there gives
 * the new graph's hash, so "old or new" is checked against both. A second test kills the process right after
 * an import has reported success, before any clean close: the restart must find the new graph.
 */
class CrashAndRestoreTest {

	private static final int ORGANISATIONS = 3_000;
	private static final Pattern HASH = Pattern.compile("hash=([0-9a-f]{64})", Pattern.CASE_INSENSITIVE);

	private final List<Process> processes = new ArrayList<>();

	@AfterEach
	void killLeftovers() {
		processes.forEach(Process::destroyForcibly);
	}

	@Test
	void anImportKilledMidWayLeavesTheOldOrTheNewGraphAndABackupRestoresToTheSameHash() throws Exception {
		Path work = Files.createTempDirectory(Path.of("target"), "crash-");
		Path store = work.resolve("store");
		Path synthetic = work.resolve("synthetic");
		int nodes = SyntheticDataset.write(synthetic, ORGANISATIONS);

		// 1. the old graph (the seed), then an import of the new one, killed -9 the moment its transaction, with
		// every node and relationship written, starts to commit
		Child child = start(work, "1-import", store.toString(), "seed", synthetic.toString());
		String oldHash = hash(child.await("HASH="));
		child.await("IMPORT_STARTED");
		String committing = child.await("COMMITTING");
		long killed = child.kill();
		report("1 kill -9 as the import's transaction (%d nodes) starts to commit (%s); killed in %d ms", nodes,
				committing, killed);

		// 2. restart, by the command-line export (a backup): it logs the hash of the graph it found and exported
		Path backup = work.resolve("backup");
		String recovered = restartAndExport(work, store, backup);

		// 3. restore the backup into a fresh store: same hash; then the import once more: the new graph
		try (ConfigurableApplicationContext fresh = SpringApplication.run(AwardgraphApplication.class,
				"--awardgraph.data-dir=" + work.resolve("fresh-store"), "--awardgraph.dataset.location=file:" + backup + "/",
				"--awardgraph.dataset.load-on-start=ALWAYS", "--spring.main.web-application-type=none",
				"--awardgraph.embedded.page-cache=64m")) {
			String restored = fresh.getBean(GraphHasher.class).summarise().hash();
			assertThat(files(backup)).isEqualTo(fresh.getBean(GraphExporter.class).dataFiles()).isNotEmpty();
			long importStarted = System.nanoTime();
			String newHash = fresh.getBean(DatasetLoader.class).load("file:" + synthetic + "/").hash();
			report("3 backup restored into a fresh store: hash %s; the import re-run: hash %s (%d ms)", restored, newHash,
					(System.nanoTime() - importStarted) / 1_000_000);
			report("outcome: old %s, new %s, after kill -9: %s", oldHash, newHash,
					recovered.equals(oldHash) ? "OLD" : recovered.equals(newHash) ? "NEW" : "MIX");

			assertThat(restored).as("the backup restores to the graph it was taken of").isEqualTo(recovered);
			assertThat(newHash).isNotEqualTo(oldHash);
			assertThat(recovered).as("a killed import leaves the old or the new graph, never a mix").isIn(oldHash, newHash);
		}
	}

	/** A second crash point: the import has reported success and the process is killed before it closes. */
	@Test
	void anImportKilledRightAfterItReportedSuccessIsThereAfterARestart() throws Exception {
		Path work = Files.createTempDirectory(Path.of("target"), "crash-after-");
		Path store = work.resolve("store");
		Path synthetic = work.resolve("synthetic");
		SyntheticDataset.write(synthetic, 300);

		Child child = start(work, "1-import", store.toString(), "seed", synthetic.toString(), "hold");
		String oldHash = hash(child.await("HASH="));
		String imported = child.await("IMPORTED");
		long killed = child.kill();
		String newHash = hash(imported);
		report("after: kill -9 once the import reported %s; killed in %d ms", imported, killed);

		String recovered = restartAndExport(work, store, work.resolve("backup"));
		report("after: old %s, reported %s, after kill -9 and a restart: %s", oldHash, newHash, recovered);
		assertThat(newHash).isNotEqualTo(oldHash);
		assertThat(recovered).as("an import that reported success survives kill -9").isEqualTo(newHash);
	}

	/** Starts the service on the store, by the command-line export (a backup); the hash of the graph it found. */
	private String restartAndExport(Path work, Path store, Path backup) throws Exception {
		long exportStarted = System.nanoTime();
		Process export = java(work.resolve("2-export.log"), AwardgraphApplication.class.getName(),
				"--awardgraph.data-dir=" + store, "--awardgraph.dataset.load-on-start=NEVER", "--awardgraph.export=" + backup,
				"--spring.main.web-application-type=none", "--awardgraph.embedded.page-cache=64m");
		assertThat(export.waitFor(180, TimeUnit.SECONDS)).isTrue();
		String log = Files.readString(work.resolve("2-export.log"));
		assertThat(export.exitValue()).as(log).isZero();
		String recovered = hash(log.lines().filter(l -> l.contains("Exported the graph")).findFirst().orElse(log));
		report("2 restart after the kill, exported by --awardgraph.export (exit %d, %d ms): hash %s",
				export.exitValue(), (System.nanoTime() - exportStarted) / 1_000_000, recovered);
		return recovered;
	}

	private Child start(Path work, String name, String... args) throws IOException {
		Process process = java(null, ImportProcess.class.getName(), args);
		return new Child(name, process, work.resolve(name + ".log"));
	}

	private Process java(Path output, String main, String... args) throws IOException {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx768m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), main));
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		if (output != null) {
			builder.redirectOutput(output.toFile());
		}
		Process process = builder.start();
		processes.add(process);
		return process;
	}

	private static String hash(String line) {
		Matcher matcher = HASH.matcher(line);
		assertThat(matcher.find()).as(line).isTrue();
		return matcher.group(1);
	}

	private static Map<String, String> files(Path dir) throws IOException {
		Map<String, String> files = new TreeMap<>();
		try (Stream<Path> paths = Files.walk(dir)) {
			for (Path file : paths.filter(Files::isRegularFile).toList()) {
				files.put(dir.relativize(file).toString(), Files.readString(file));
			}
		}
		return files;
	}

	private static void report(String format, Object... args) {
		System.out.printf("[crash] " + format + "%n", args);
	}

	/** A child process whose output is read line by line (and kept in a log) so it never blocks on a full pipe. */
	private static final class Child {

		final String name;
		final Process process;
		final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
		final long started = System.nanoTime();

		Child(String name, Process process, Path log) throws IOException {
			this.name = name;
			this.process = process;
			PrintWriter out = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8), true);
			Thread reader = new Thread(() -> {
				try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
					for (String line = in.readLine(); line != null; line = in.readLine()) {
						out.println(line);
						lines.add(line);
					}
				}
				catch (IOException ex) {
					// the process was killed
				}
				finally {
					out.close();
					lines.add("<exit>");
				}
			}, "child-" + name);
			reader.setDaemon(true);
			reader.start();
		}

		String await(String prefix) throws InterruptedException {
			while (true) {
				String line = lines.poll(180, TimeUnit.SECONDS);
				assertThat(line).as(name + " printed " + prefix + " (see target/crash-*/" + name + ".log)").isNotNull()
					.isNotEqualTo("<exit>");
				if (line.startsWith(prefix)) {
					report("%s +%d ms: %s", name, (System.nanoTime() - started) / 1_000_000, line);
					return line;
				}
			}
		}

		/** SIGKILL, as kill -9: no shutdown hook, no clean close of the store. */
		long kill() throws InterruptedException {
			long at = System.nanoTime();
			process.destroyForcibly();
			assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
			return (System.nanoTime() - at) / 1_000_000;
		}
	}
}
