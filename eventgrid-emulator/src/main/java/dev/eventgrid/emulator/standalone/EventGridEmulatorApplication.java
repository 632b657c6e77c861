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

package dev.eventgrid.emulator.standalone;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;

import dev.eventgrid.emulator.EventGridEmulator;
import dev.eventgrid.emulator.EventGridEmulatorBuilder;
import dev.eventgrid.emulator.api.EmulatorApi;
import dev.eventgrid.emulator.delivery.EmulatedSubscription;
import dev.eventgrid.emulator.delivery.EventSubscription;
import dev.eventgrid.emulator.delivery.SubscriptionState;
import dev.eventgrid.emulator.identity.EntraAuthority;
import dev.eventgrid.emulator.identity.EntraDirectory;
import dev.eventgrid.emulator.model.EmulatedTopic;
import dev.eventgrid.emulator.namespace.EmulatedNamespace;
import dev.eventgrid.emulator.namespace.NamespaceSubscription;
import dev.eventgrid.emulator.namespace.NamespaceTopic;
import dev.eventgrid.emulator.namespace.PullSubscription;
import dev.eventgrid.emulator.storagequeue.StorageQueueTarget;
import org.jspecify.annotations.Nullable;

/**
 * Runs an emulator from a YAML file, or from a default of one topic per schema, one
 * domain and one namespace, prints its endpoints and keys, and serves until the process
 * is stopped.
 *
 * @author Event Grid for Spring Boot team
 */
public final class EventGridEmulatorApplication {

	private static final String DEFAULT_STORE = "eventgrid-emulator-tls.p12";

	private static final String DEFAULT_PEM = "eventgrid-emulator.pem";

	private EventGridEmulatorApplication() {
	}

	/**
	 * Start the emulator and serve until the process is stopped.
	 * @param args
	 * {@code [--quiet | --verbose] [--certificate-store=<file>] [config.yaml]}
	 * @throws InterruptedException if the main thread is interrupted
	 */
	public static void main(String[] args) throws InterruptedException {
		EventGridEmulator emulator = start(args, System.out);
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			emulator.close();
			stopped.countDown();
		}, "eventgrid-emulator-shutdown"));
		stopped.await();
	}

	/**
	 * Start the emulator and print how to reach it.
	 * @param args
	 * {@code [--quiet | --verbose] [--certificate-store=<file>] [config.yaml]}
	 * @param out where to print the endpoints and keys
	 * @return the running emulator, which the caller must close
	 */
	public static EventGridEmulator start(String[] args, PrintStream out) {
		CommandLine commandLine = CommandLine.parse(args);
		Path file = commandLine.configuration();
		EmulatorConfiguration configuration = (file != null) ? EmulatorConfiguration.load(file)
				: EmulatorConfiguration.loadDefault();
		LogLevel logLevel = (commandLine.logLevel() != null) ? commandLine.logLevel()
				: (configuration.logging() != null) ? LogLevel.fromName(configuration.logging()) : LogLevel.NORMAL;
		// why: SLF4J's simple logger reads its settings once, when the first logger is
		// made
		logLevel.configureSimpleLogger();
		EventGridEmulatorBuilder builder = configuration.applyTo(EventGridEmulator.builder());
		Path certificateStore = certificateStore(commandLine, configuration, file);
		if (certificateStore != null) {
			builder.certificateStore(certificateStore);
		}
		EventGridEmulator emulator = builder.start();
		try {
			String certificateFile = writeCertificate(emulator, pemFile(configuration, certificateStore));
			printBanner(emulator, certificateFile, certificateStore, out);
			return emulator;
		}
		catch (RuntimeException ex) {
			emulator.close();
			throw ex;
		}
	}

	private static @Nullable Path certificateStore(CommandLine commandLine, EmulatorConfiguration configuration,
			@Nullable Path file) {
		if (configuration.keyStore() != null) {
			return null;
		}
		String named = (commandLine.certificateStore() != null) ? commandLine.certificateStore()
				: configuration.certificateStore();
		if ("none".equalsIgnoreCase(named)) {
			return null;
		}
		Path directory = (file != null) ? file.toAbsolutePath().getParent()
				: Path.of(System.getProperty("user.home"), ".eventgrid-emulator");
		Path base = (directory != null) ? directory : Path.of("").toAbsolutePath();
		if (named == null) {
			return base.resolve(DEFAULT_STORE);
		}
		return (commandLine.certificateStore() != null) ? Path.of(named).toAbsolutePath() : base.resolve(named);
	}

	private static @Nullable String pemFile(EmulatorConfiguration configuration, @Nullable Path certificateStore) {
		if (configuration.certificateFile() != null) {
			return configuration.certificateFile();
		}
		Path directory = (certificateStore != null) ? certificateStore.getParent() : null;
		return (directory != null) ? directory.resolve(DEFAULT_PEM).toString() : null;
	}

	private static @Nullable String writeCertificate(EventGridEmulator emulator, @Nullable String certificateFile) {
		if (certificateFile == null) {
			return null;
		}
		try {
			Path path = Path.of(certificateFile).toAbsolutePath();
			Files.writeString(path, emulator.certificatePem(), StandardCharsets.US_ASCII);
			return path.toString();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Unable to write the certificate to '" + certificateFile + "'", ex);
		}
	}

	private static void printBanner(EventGridEmulator emulator, @Nullable String certificateFile,
			@Nullable Path certificateStore, PrintStream out) {
		out.println("Event Grid emulator running: HTTPS port " + emulator.httpsPort() + ", HTTP port "
				+ emulator.httpPort() + " on " + emulator.host());
		out.println((certificateFile != null) ? "Certificate (PEM): " + certificateFile
				: "Certificate: self-signed; set certificate-file to write it in PEM form");
		if (certificateStore != null) {
			out.println("Certificate kept in " + certificateStore + " (reused at every start)");
		}
		out.println("Emulator API: http://" + emulatorApiHost(emulator) + ":" + emulator.httpPort() + EmulatorApi.PREFIX
				+ " (loopback clients only)");
		for (EmulatedTopic topic : emulator.topics()) {
			out.println();
			out.println(topic.kind().name().toLowerCase(Locale.ROOT) + " " + topic.name() + " ("
					+ topic.schema().serviceName() + ")");
			out.println("  https:       " + emulator.httpsEndpoint(topic.name()));
			out.println("  http:        " + emulator.httpEndpoint(topic.name()));
			out.println("  keys:        " + topic.keys().get(0) + "  " + topic.keys().get(1));
			out.println("  resource id: " + topic.resourceId());
		}
		for (EmulatedSubscription subscription : emulator.subscriptions()) {
			out.println();
			printSubscription(subscription, out);
		}
		for (EmulatedNamespace namespace : emulator.namespaces()) {
			out.println();
			printNamespace(namespace, out);
		}
		out.println();
		printAuthority(emulator.authority(), out);
		out.flush();
	}

	private static String emulatorApiHost(EventGridEmulator emulator) {
		String host = emulator.host();
		if (host.equals("localhost") || host.startsWith("127.") || host.equals("::1") || host.equals("0.0.0.0")
				|| host.equals("::")) {
			return "localhost";
		}
		return host.contains(":") ? "[" + host + "]" : host;
	}

	private static void printAuthority(EntraAuthority authority, PrintStream out) {
		EntraDirectory directory = authority.directory();
		out.println("Entra ID authority (tenant " + authority.tenantId() + ", tokens for "
				+ directory.tokenLifetime().toSeconds() + "s)");
		out.println("  authority host:    " + authority.authorityHost());
		out.println("  token endpoint:    " + authority.tokenEndpoint());
		out.println("  clients:           " + (directory.clientIds().isEmpty() ? "none" : directory.clientIds()));
		out.println("  IDENTITY_ENDPOINT: " + authority.identityEndpoint());
		out.println("  IDENTITY_HEADER:   " + authority.identityHeader());
		if (!directory.managedIdentities().isEmpty()) {
			out.println("  user-assigned:     " + directory.managedIdentities());
		}
	}

	private static void printNamespace(EmulatedNamespace namespace, PrintStream out) {
		out.println("namespace " + namespace.name());
		out.println("  https:       " + namespace.httpsEndpoint());
		out.println("  http:        " + namespace.httpEndpoint());
		out.println("  keys:        " + namespace.keys().get(0) + "  " + namespace.keys().get(1));
		out.println("  resource id: " + namespace.resourceId());
		for (NamespaceTopic topic : namespace.topics()) {
			out.println("  topic " + topic.name());
			for (PullSubscription subscription : topic.subscriptions()) {
				NamespaceSubscription definition = subscription.definition();
				out.println("    subscription " + subscription.name() + " (queue, lock "
						+ definition.lockDuration().toSeconds() + "s, max delivery " + definition.maxDeliveryCount()
						+ ", time-to-live " + definition.eventTimeToLive() + ")");
			}
		}
	}

	private static void printSubscription(EmulatedSubscription subscription, PrintStream out) {
		EventSubscription definition = subscription.definition();
		out.println("subscription " + subscription.name() + " (" + definition.endpointType().serviceName() + ", "
				+ subscription.state().serviceName() + ")");
		out.println("  scope:       " + subscription.scopeResourceId());
		StorageQueueTarget storageQueue = definition.storageQueue();
		if (storageQueue != null) {
			out.println("  queue:       " + storageQueue.description());
		}
		URI endpoint = definition.endpoint();
		if (endpoint != null) {
			String url = endpoint.toString();
			out.println("  endpoint:    " + ((url.indexOf('?') >= 0) ? url.substring(0, url.indexOf('?')) : url));
		}
		String validationUrl = subscription.validationUrl();
		if (subscription.state() == SubscriptionState.AWAITING_MANUAL_ACTION && validationUrl != null) {
			out.println("  validate:    GET " + validationUrl);
		}
		String failure = subscription.failureReason();
		if (failure != null) {
			out.println("  failed:      " + failure);
		}
	}

}
