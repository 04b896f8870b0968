package dev.awardgraph.dataset;

import java.util.ArrayList;
import java.util.List;

import dev.awardgraph.search.NameKeys;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipped dataset validates on its own, without a database: a fast first check for anyone editing data/. */
class ShippedDatasetTest {

	@Test
	void shippedDatasetHasNoProblems() {
		List<String> problems = new ArrayList<>();
		List<DatasetFile> files = new DatasetReader().read("classpath:dataset/", problems);
		Dataset dataset = new DatasetValidator(new NameKeys()).validate(files, problems);
		assertThat(problems).as(String.join("\n", problems)).isEmpty();
		assertThat(dataset.nodes()).hasSizeGreaterThan(200);
	}
}
