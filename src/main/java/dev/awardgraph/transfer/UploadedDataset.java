package dev.awardgraph.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

import org.springframework.util.FileSystemUtils;

/**
 * A dataset uploaded as a zip of the {@code data/} format (what GET /export/graph.zip gives), unpacked into a
 * temporary directory for the loader. Only {@code *.yaml} entries are written; an entry that would land outside
 * the directory, or an archive larger than the limit once unpacked, refuses the upload before anything is loaded.
 */
final class UploadedDataset implements AutoCloseable {

	private static final int MAX_ENTRIES = 10_000;

	private final Path dir;

	private UploadedDataset(Path dir) {
		this.dir = dir;
	}

	/** The loader's location of the unpacked files. */
	String location() {
		return "file:" + dir + "/";
	}

	/**
	 * @param maxBytes the most the archive may hold unpacked (and so also the most of it read)
	 * @throws Refused with a message for the uploader when the body is no usable archive
	 */
	static UploadedDataset unpack(InputStream body, long maxBytes) throws IOException {
		UploadedDataset upload = new UploadedDataset(Files.createTempDirectory("awardgraph-import-"));
		try {
			upload.write(body, maxBytes);
			return upload;
		}
		catch (IOException | RuntimeException ex) {
			upload.close();
			throw ex;
		}
	}

	private void write(InputStream body, long maxBytes) throws IOException {
		long unpacked = 0;
		int entries = 0;
		int yaml = 0;
		try (ZipInputStream zip = new ZipInputStream(new Bounded(body, maxBytes), StandardCharsets.UTF_8)) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if (++entries > MAX_ENTRIES) {
					throw new Refused("the archive has more than " + MAX_ENTRIES + " entries");
				}
				Path target = dir.resolve(entry.getName()).normalize();
				if (!target.startsWith(dir) || entry.getName().startsWith("/")) {
					throw new Refused("the archive entry '" + entry.getName() + "' points outside the dataset");
				}
				if (entry.isDirectory() || !entry.getName().endsWith(".yaml")) {
					continue; // the loader reads *.yaml only; anything else in the archive is not part of a dataset
				}
				Files.createDirectories(target.getParent());
				byte[] buffer = new byte[8192];
				try (var out = Files.newOutputStream(target)) {
					for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
						unpacked += n;
						if (unpacked > maxBytes) {
							throw new Refused("the archive holds more than " + maxBytes + " bytes unpacked (the limit, "
									+ "awardgraph.safety.max-import-size)");
						}
						out.write(buffer, 0, n);
					}
				}
				yaml++;
			}
		}
		catch (ZipException ex) {
			throw new Refused("the body is not a readable zip archive: " + ex.getMessage());
		}
		if (entries == 0) {
			throw new Refused("the body is not a zip archive, or an empty one (send the data/ format zipped, as "
					+ "GET /export/graph.zip gives it, with Content-Type: application/zip)");
		}
		if (yaml == 0) {
			throw new Refused("the archive holds no *.yaml files");
		}
	}

	@Override
	public void close() {
		try {
			FileSystemUtils.deleteRecursively(dir);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot remove the unpacked upload " + dir, ex);
		}
	}

	/** The body itself, read no further than the limit (entries that are skipped are read too). */
	private static final class Bounded extends java.io.FilterInputStream {

		private final long limit;
		private long read;

		Bounded(InputStream in, long limit) {
			super(in);
			this.limit = limit;
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			count(b < 0 ? 0 : 1);
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			count(Math.max(n, 0));
			return n;
		}

		private void count(int n) throws Refused {
			read += n;
			if (read > limit) {
				throw new Refused("the upload is larger than " + limit + " bytes (the limit, awardgraph.safety.max-import-size)");
			}
		}
	}

	/** The upload is not a dataset archive this service will read; nothing was loaded. */
	static final class Refused extends IOException {
		Refused(String message) {
			super(message);
		}
	}
}
