package dev.awardgraph.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import dev.awardgraph.entity.Node;
import dev.awardgraph.model.GraphModel;

import org.junit.jupiter.api.Test;

/** Every relationship type of the model reads as a sentence; a type added later still reads. */
class ExplanationsTest {

	@Test
	void everyRelationshipTypeOfTheModelHasATemplate() {
		assertThat(GraphModel.relationshipTypes()).allSatisfy(type -> assertThat(Explanations.hasTemplate(type))
			.as("template for %s", type).isTrue());
	}

	@Test
	void readsOptionalPropertiesOnlyWhenPresent() {
		Node person = node("person/x", "张三");
		Node org = node("org/y", "某公司");
		assertThat(Explanations.explain("HOLDS_POSITION", person, org, Map.of("title", "董事长", "current", false)))
			.isEqualTo(new Explanation("张三 曾任 某公司 董事长", "张三 formerly held the position 董事长 at 某公司"));
		assertThat(Explanations.explain("HOLDS_POSITION", person, org, Map.of()))
			.isEqualTo(new Explanation("张三 任职于 某公司", "张三 holds a position at 某公司"));
		assertThat(Explanations.explain("CO_APPLICANT", node("proj/p", "项目X"), org, Map.of("order", 2L)))
			.isEqualTo(new Explanation("某公司 是 项目X 的联合申报机构（第2位）", "某公司 is co-applicant 2 of 项目X"));
		assertThat(Explanations.explain("NEW_TYPE", person, org, Map.of()))
			.isEqualTo(new Explanation("张三 —NEW_TYPE→ 某公司", "张三 —NEW_TYPE→ 某公司"));
	}

	private static Node node(String id, String name) {
		return new Node(id, "Entity", Map.of("id", id, "name", name, "sources", List.of()));
	}
}
