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
 * Tests for {@link PublishWithSasTokenSample}.
 *
 * @author Event Grid for Spring Boot team
 */
@SpringBootTest(properties = "samples.run=none", webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class PublishWithSasTokenSampleTests {

	@Autowired
	private SampleRunner samples;

	@Autowired
	private EventGridEmulator emulator;

	@BeforeEach
	void clearEmulator() {
		this.emulator.clear();
	}

	@Test
	void sendsTheConfiguredSasTokenInsteadOfAKey(CapturedOutput output) {
		assertThat(this.samples.run("sas-credential").passed()).isOne();
		ReceivedEvent event = this.emulator.receivedEvents("sas-topic").get(0);
		assertThat(event.headers().first("aeg-sas-token")).startsWith("r=");
		assertThat(event.headers().contains("aeg-sas-key")).isFalse();
		assertThat(output).contains("received by sas-topic: 1 event, ids " + event.text("id"));
	}

}
