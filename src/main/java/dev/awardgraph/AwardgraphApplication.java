package dev.awardgraph;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class AwardgraphApplication {

	public static void main(String[] args) {
		SpringApplication.run(AwardgraphApplication.class, args);
	}
}
