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
 * Tests for {@link GenerateSasSample}.
 *
 * @author Event Grid for Spring Boot team
 */
@SpringBootTest(properties = "samples.run=none", webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class GenerateSasSampleTests {

	@Autowired
	private SampleRunner samples;

	@Autowired
	private EventGridEmulator emulator;

	@BeforeEach
	void clearEmulator() {
		this.emulator.clear();
	}

	@Test
	void publishesWithTheGeneratedSasToken(CapturedOutput output) {
		assertThat(this.samples.run("generate-sas").passed()).isOne();
		assertThat(this.emulator.receivedEvents("cloud-events")).singleElement().satisfies((event) -> {
			assertThat(event.headers().contains("aeg-sas-token")).isTrue();
			assertThat(event.headers().contains("aeg-sas-key")).isFalse();
		});
		assertThat(output).contains("generated a SAS token for http://localhost:", "sent [with-generated-sas] id=");
	}

	@Test
	void neverPrintsTheToken(CapturedOutput output) {
		this.samples.run("generate-sas");
		String token = this.emulator.receivedEvents("cloud-events").get(0).headers().first("aeg-sas-token");
		assertThat(token).contains("&s=");
		assertThat(output).doesNotContain(token).doesNotContain("&s=");
	}

}
