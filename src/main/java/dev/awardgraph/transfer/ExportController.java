package dev.awardgraph.transfer;

import java.nio.charset.StandardCharsets;

import dev.awardgraph.security.HttpAccess;
import dev.awardgraph.security.Role;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Downloads of the whole graph. Exports are reads: open when reads are open, otherwise a READER token (the same
 * bearer tokens as GraphQL).
 */
@RestController
class ExportController {

	private static final MediaType ZIP = MediaType.parseMediaType("application/zip");
	private static final MediaType GRAPHML = MediaType.parseMediaType("application/graphml+xml;charset=UTF-8");
	private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

	private final GraphExporter exporter;
	private final HttpAccess access;

	ExportController(GraphExporter exporter, HttpAccess access) {
		this.exporter = exporter;
		this.access = access;
	}

	@GetMapping("/export/graph.zip")
	ResponseEntity<?> graphZip(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
		return access.refusal(authorization, Role.READER).<ResponseEntity<?>>map(HttpAccess.Refusal::response)
			.orElseGet(() -> download("awardgraph-data.zip", ZIP, exporter.dataZip()));
	}

	@GetMapping("/export/graph.graphml")
	ResponseEntity<?> graphMl(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
		return access.refusal(authorization, Role.READER).<ResponseEntity<?>>map(HttpAccess.Refusal::response)
			.orElseGet(() -> download("awardgraph.graphml", GRAPHML, exporter.graphMl().getBytes(StandardCharsets.UTF_8)));
	}

	@GetMapping("/export/nodes.csv")
	ResponseEntity<?> nodesCsv(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
		return access.refusal(authorization, Role.READER).<ResponseEntity<?>>map(HttpAccess.Refusal::response)
			.orElseGet(() -> download("nodes.csv", CSV, exporter.nodesCsv().getBytes(StandardCharsets.UTF_8)));
	}

	@GetMapping("/export/edges.csv")
	ResponseEntity<?> edgesCsv(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
		return access.refusal(authorization, Role.READER).<ResponseEntity<?>>map(HttpAccess.Refusal::response)
			.orElseGet(() -> download("edges.csv", CSV, exporter.edgesCsv().getBytes(StandardCharsets.UTF_8)));
	}

	private static ResponseEntity<byte[]> download(String filename, MediaType type, byte[] body) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
			.body(body);
	}

}
