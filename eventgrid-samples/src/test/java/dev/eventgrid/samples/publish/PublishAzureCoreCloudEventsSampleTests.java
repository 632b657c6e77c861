package dev.eventgrid.samples.publish;

import dev.eventgrid.emulator.EventGridEmulator;
import dev.eventgrid.emulator.model.ReceivedEvent;
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
 * Tests for {@link PublishAzureCoreCloudEventsSample}.
 *
 * @author Event Grid for Spring Boot team
 */
@SpringBootTest(properties = "samples.run=none", webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class PublishAzureCoreCloudEventsSampleTests {

	@Autowired
	private SampleRunner samples;

	@Autowired
	private EventGridEmulator emulator;

	@BeforeEach
	void clearEmulator() {
		this.emulator.clear();
	}

	@Test
	void publishesTheAzureCoreEventUnchanged(CapturedOutput output) {
		assertThat(this.samples.run("azure-core-cloud-events").passed()).isOne();
		ReceivedEvent event = this.emulator.receivedEvents("cloud-events").get(0);
		assertThat(event.text("subject")).isEqualTo("dock-9");
		assertThat(event.text("datacontenttype")).isEqualTo("application/json");
		assertThat(event.node().get("data").get("sku").asString()).isEqualTo("SKU-9001");
		assertThat(output).contains("sent [default] id=" + event.text("id"), "(azure-core)");
	}

}
