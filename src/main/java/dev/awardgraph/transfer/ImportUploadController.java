package dev.awardgraph.transfer;

import java.io.IOException;
import java.io.InputStream;

import dev.awardgraph.safety.SafetyProperties;
import dev.awardgraph.security.HttpAccess;
import dev.awardgraph.security.Role;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * POST /import: the import for a curator who has the dataset on their own machine, not on the server. The body
 * is the {@code data/} format zipped (what GET /export/graph.zip gives); the answer is the same report as the
 * importDataset mutation's, with 200 when the graph was replaced, 422 when the dataset was refused (every
 * problem listed, the graph unchanged) and 400 when the body is no dataset archive. ADMIN only.
 */
@RestController
class ImportUploadController {

	private static final String SHOWN_AS = "upload:";

	private final Importer importer;
	private final HttpAccess access;
	private final long maxBytes;

	ImportUploadController(Importer importer, HttpAccess access, SafetyProperties safety) {
		this.importer = importer;
		this.access = access;
		this.maxBytes = safety.maxImportSize().toBytes();
	}

	@PostMapping(path = "/import", consumes = "application/zip")
	ResponseEntity<?> upload(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
			@RequestHeader(name = HttpHeaders.CONTENT_LENGTH, required = false) Long length, InputStream body)
			throws IOException {
		var refusal = access.refusal(authorization, Role.ADMIN);
		if (refusal.isPresent()) {
			return refusal.get().response();
		}
		long started = System.nanoTime();
		if (length != null && length > maxBytes) {
			return refused(HttpStatus.CONTENT_TOO_LARGE, "the upload is " + length + " bytes; the limit is " + maxBytes
					+ " (awardgraph.safety.max-import-size)", started);
		}
		try (UploadedDataset upload = UploadedDataset.unpack(body, maxBytes)) {
			ImportReport report = importer.load(upload.location(), SHOWN_AS, access.callerName(authorization));
			return ResponseEntity.status(report.imported() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT).body(report);
		}
		catch (UploadedDataset.Refused ex) {
			return refused(HttpStatus.BAD_REQUEST, ex.getMessage(), started);
		}
	}

	private ResponseEntity<ImportReport> refused(HttpStatus status, String problem, long started) {
		return ResponseEntity.status(status).body(importer.refused(SHOWN_AS, problem, started));
	}
}
