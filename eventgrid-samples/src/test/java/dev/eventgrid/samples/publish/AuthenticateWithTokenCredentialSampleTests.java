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
 * Tests for {@link AuthenticateWithTokenCredentialSample}.
 *
 * @author Event Grid for Spring Boot team
 */
@SpringBootTest(properties = "samples.run=none", webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class AuthenticateWithTokenCredentialSampleTests {

	@Autowired
	private SampleRunner samples;

	@Autowired
	private EventGridEmulator emulator;

	@BeforeEach
	void clearEmulator() {
		this.emulator.clear();
	}

	@Test
	void sendsABearerTokenFromTheTokenCredentialBean(CapturedOutput output) {
		assertThat(this.samples.run("token-credential").passed()).isOne();
		ReceivedEvent event = this.emulator.receivedEvents("token-topic").get(0);
		assertThat(event.headers().first("Authorization")).startsWith("Bearer ");
		assertThat(event.headers().contains("aeg-sas-key")).isFalse();
		assertThat(output).contains("publisher 'token' authenticates with token credential (EmulatorTokenCredential)",
				"received by token-topic: 1 event");
	}

}
