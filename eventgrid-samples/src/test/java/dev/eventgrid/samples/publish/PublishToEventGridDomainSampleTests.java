package dev.eventgrid.samples.publish;

import dev.eventgrid.emulator.EventGridEmulator;
import dev.eventgrid.samples.SampleRunner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link PublishToEventGridDomainSample}.
 *
 * @author Event Grid for Spring Boot team
 */
@SpringBootTest(properties = "samples.run=none", webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class PublishToEventGridDomainSampleTests {

	@Autowired
	private SampleRunner samples;

	@Autowired
	private EventGridEmulator emulator;

	@BeforeEach
	void clearEmulator() {
		this.emulator.clear();
	}

	@Test
	void routesEachEventToItsDomainTopicOrTheConfiguredOne(CapturedOutput output) {
		assertThat(this.samples.run("eventgrid-domain").passed()).isOne();
		assertThat(this.emulator.receivedEvents("eventgrid-domain"))
			.extracting((event) -> event.node().get("data").get("sku").asString() + "->" + event.domainTopic())
			.containsExactly("SKU-4001->retail", "SKU-4002->wholesale", "SKU-4003->retail");
		assertThat(output).contains("received by eventgrid-domain/retail: 2 events",
				"received by eventgrid-domain/wholesale: 1 event");
	}

}
