/*
 * Copyright 2026-present the original author or authors.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

package dev.eventgrid.spring.autoconfigure.identity;

import java.util.List;

import dev.eventgrid.emulator.identity.EntraDirectory;
import dev.eventgrid.emulator.identity.TokenRequest;
import dev.eventgrid.emulator.model.ReceivedEvent;
import dev.eventgrid.spring.EventGridAuthenticationException;
import dev.eventgrid.spring.core.EventGridOperations;
import dev.eventgrid.spring.core.ReactiveEventGridTemplate;
import dev.eventgrid.spring.core.SendResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The credentials of {@code eventgrid.credential.*}, each getting a real token from the
 * emulator's Entra ID authority over HTTPS and publishing with it.
 *
 * @author Event Grid for Spring Boot team
 */
class TokenCredentialEndToEndTests {

	@RegisterExtension
	static final IdentityEmulator identity = new IdentityEmulator(EntraDirectory.create());

	@Test
	void clientSecretGetsATokenFromTheAuthorityAndPublishes() {
		identity.contextRunner().withPropertyValues(identity.clientSecretProperties()).run((context) -> {
			assertThat(describe(context.getBean(ReactiveEventGridTemplate.class)))
				.isEqualTo("token credential (ClientSecretCredential)");
			sendAndCheck(context.getBean(EventGridOperations.class), IdentityEmulator.SECRET_APP,
					TokenRequest.Kind.CLIENT_SECRET);
		});
	}

	@Test
	void pemClientCertificateSignsTheAssertionThatGetsTheToken() {
		identity.contextRunner()
			.withPropertyValues(identity.properties("eventgrid.credential.client-id=" + IdentityEmulator.PEM_APP,
					"eventgrid.credential.client-certificate-path=" + identity.pemCertificate,
					"eventgrid.credential.tenant-id=" + identity.tenantId()))
			.run((context) -> {
				assertThat(describe(context.getBean(ReactiveEventGridTemplate.class)))
					.isEqualTo("token credential (ClientCertificateCredential)");
				sendAndCheck(context.getBean(EventGridOperations.class), IdentityEmulator.PEM_APP,
						TokenRequest.Kind.CLIENT_CERTIFICATE);
			});
	}

	@Test
	void pfxClientCertificateWithItsPasswordSignsTheAssertionThatGetsTheToken() {
		identity.contextRunner()
			.withPropertyValues(identity.properties("eventgrid.credential.client-id=" + IdentityEmulator.PFX_APP,
					"eventgrid.credential.client-certificate-path=" + identity.pfxCertificate,
					"eventgrid.credential.client-certificate-password=" + IdentityEmulator.PFX_PASSWORD,
					"eventgrid.credential.tenant-id=" + identity.tenantId()))
			.run((context) -> sendAndCheck(context.getBean(EventGridOperations.class), IdentityEmulator.PFX_APP,
					TokenRequest.Kind.CLIENT_CERTIFICATE));
	}

	@Test
	void certificateOfAnotherApplicationIsRefusedByTheAuthority() {
		identity.contextRunner()
			.withPropertyValues(identity.properties("eventgrid.credential.client-id=" + IdentityEmulator.SECRET_APP,
					"eventgrid.credential.client-certificate-path=" + identity.pemCertificate,
					"eventgrid.credential.tenant-id=" + identity.tenantId()))
			.run((context) -> {
				assertThatExceptionOfType(EventGridAuthenticationException.class)
					.isThrownBy(() -> context.getBean(EventGridOperations.class).send(IdentityEmulator.event()))
					.withMessageContaining("ClientCertificateCredential")
					.withMessageContaining("AADSTS700027");
				assertThat(identity.emulator.requests()).isEmpty();
			});
	}

	@Test
	void wrongClientSecretFailsTheFirstSendNamingTheCredentialButNotTheSecret() {
		String wrongSecret = "wrong-secret-4d1c";
		identity.contextRunner()
			.withPropertyValues(identity.properties("eventgrid.credential.client-id=" + IdentityEmulator.SECRET_APP,
					"eventgrid.credential.client-secret=" + wrongSecret,
					"eventgrid.credential.tenant-id=" + identity.tenantId()))
			.run((context) -> {
				assertThatExceptionOfType(EventGridAuthenticationException.class)
					.isThrownBy(() -> context.getBean(EventGridOperations.class).send(IdentityEmulator.event()))
					.withMessageStartingWith("Could not get an Entra ID token for scope "
							+ "https://eventgrid.azure.net/.default from ClientSecretCredential")
					.withMessageContaining("AADSTS7000215: Invalid client secret provided")
					.withMessageNotContaining(wrongSecret)
					.withMessageNotContaining(IdentityEmulator.SECRET);
				assertThat(identity.emulator.requests()).isEmpty();
				assertThat(identity.emulator.authority().tokenRequests()).singleElement()
					.satisfies((request) -> assertThat(request.error()).isEqualTo("AADSTS7000215"));
			});
	}

	@Test
	void unreachableAuthorityFailsTheFirstSendNamingTheCredentialButNotTheSecret() {
		identity.contextRunner()
			.withPropertyValues(identity.clientSecretProperties(
					"eventgrid.credential.authority-host=https://localhost:" + ClosedPort.find() + "/"))
			.run((context) -> {
				assertThatExceptionOfType(EventGridAuthenticationException.class)
					.isThrownBy(() -> context.getBean(EventGridOperations.class).send(IdentityEmulator.event()))
					.withMessageStartingWith("Could not get an Entra ID token for scope "
							+ "https://eventgrid.azure.net/.default from ClientSecretCredential")
					.withMessageNotContaining(IdentityEmulator.SECRET);
				assertThat(identity.emulator.requests()).isEmpty();
			});
	}

	private static void sendAndCheck(EventGridOperations eventGrid, String clientId, TokenRequest.Kind kind) {
		SendResult result = eventGrid.send(IdentityEmulator.event());
		assertThat(result.eventCount()).isOne();
		List<ReceivedEvent> received = identity.emulator.receivedEvents(IdentityEmulator.TOPIC);
		assertThat(received).singleElement().satisfies((event) -> {
			assertThat(IdentityEmulator.tokenClaims(event).path("appid").asString()).isEqualTo(clientId);
			assertThat(IdentityEmulator.tokenClaims(event).path("aud").asString())
				.isEqualTo("https://eventgrid.azure.net");
		});
		assertThat(identity.emulator.authority().tokenRequests()).singleElement().satisfies((request) -> {
			assertThat(request.kind()).isEqualTo(kind);
			assertThat(request.clientId()).isEqualTo(clientId);
			assertThat(request.resource()).isEqualTo("https://eventgrid.azure.net");
			assertThat(request.issued()).isTrue();
		});
	}

	private static String describe(ReactiveEventGridTemplate template) {
		return template.getPublisher("default").getCredential().describe();
	}

}
