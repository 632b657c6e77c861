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

package dev.eventgrid.samples.consume;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * Azurite, the Azure Storage emulator, run with Node.js: installed with npm into a
 * directory on first use, its Queue service started on a free loopback port with
 * in-memory storage, and stopped on {@link #close()}.
 *
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
public final class Azurite implements AutoCloseable {

	/**
	 * The Azurite version installed.
	 */
	public static final String VERSION = "3.37.0";

	/**
	 * The well-known key of Azurite's account {@code devstoreaccount1}.
	 */
	public static final String ACCOUNT_KEY = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

	private static final Duration INSTALL_TIMEOUT = Duration.ofMinutes(5);

	private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

	private final Process process;

	private final int port;

	private final Path workspace;

	// why: the workspace holds only Azurite's log; with in-memory storage it takes no
	// --location
	private Azurite(Process process, int port, Path workspace) {
		this.process = process;
		this.port = port;
		this.workspace = workspace;
	}

	/**
	 * Return why Azurite cannot run here.
	 * @return what is missing, or {@code null} when {@code node} and {@code npm} are on
	 * the path
	 */
	public static @Nullable String unavailableReason() {
		for (String tool : List.of("node", "npm")) {
			if (!runs(List.of(executable(tool), "--version"), Duration.ofSeconds(30), null)) {
				return "Azurite needs Node.js and npm on the path, and '" + tool + " --version' did not run";
			}
		}
		return null;
	}

	/**
	 * Return where the samples and their tests install Azurite unless told otherwise: one
	 * directory per machine, so that npm installs it once for all of them.
	 * @return {@code eventgrid-samples-azurite} in the temporary directory
	 */
	public static Path defaultInstallDirectory() {
		return Path.of(System.getProperty("java.io.tmpdir"), "eventgrid-samples-azurite");
	}

	/**
	 * Install Azurite into a directory if it is not there yet, and start its Queue
	 * service on a free port.
	 * @param installDirectory where npm installs Azurite, such as
	 * {@link #defaultInstallDirectory()}
	 * @return the running Azurite
	 * @throws IllegalStateException if it cannot be installed or does not start
	 */
	public static Azurite start(Path installDirectory) {
		return start(installDirectory, freePort());
	}

	/**
	 * Install Azurite into a directory if it is not there yet, and start its Queue
	 * service on a given port.
	 * @param installDirectory where npm installs Azurite
	 * @param port the Queue service port
	 * @return the running Azurite
	 * @throws IllegalStateException if it cannot be installed or does not start
	 */
	public static Azurite start(Path installDirectory, int port) {
		Path main = install(installDirectory.toAbsolutePath());
		try {
			Path workspace = Files.createTempDirectory("azurite");
			Process process = new ProcessBuilder(executable("node"), main.toString(), "--queueHost", "127.0.0.1",
					"--queuePort", Integer.toString(port), "--inMemoryPersistence", "--skipApiVersionCheck")
				.redirectErrorStream(true)
				.redirectOutput(workspace.resolve("azurite.log").toFile())
				.start();
			Azurite azurite = new Azurite(process, port, workspace);
			azurite.awaitListening();
			return azurite;
		}
		catch (IOException ex) {
			throw new IllegalStateException("Unable to start Azurite", ex);
		}
	}

	private static Path install(Path directory) {
		Path main = directory.resolve("node_modules/azurite/dist/src/queue/main.js");
		Path packageJson = directory.resolve("node_modules/azurite/package.json");
		try {
			if (Files.exists(main) && Files.readString(packageJson).contains("\"version\": \"" + VERSION + "\"")) {
				return main;
			}
			Files.createDirectories(directory);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Unable to prepare " + directory + " for Azurite", ex);
		}
		List<String> command = List.of(executable("npm"), "install", "--no-audit", "--no-fund", "--no-save", "--prefix",
				directory.toString(), "azurite@" + VERSION);
		if (!runs(command, INSTALL_TIMEOUT, directory.resolve("npm-install.log"))) {
			throw new IllegalStateException(
					"'npm install azurite@" + VERSION + "' failed; see " + directory.resolve("npm-install.log"));
		}
		return main;
	}

	private void awaitListening() {
		long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
		while (System.nanoTime() < deadline) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException(
						"Azurite stopped at start; see " + this.workspace.resolve("azurite.log"));
			}
			try (Socket socket = new Socket()) {
				socket.connect(new InetSocketAddress("127.0.0.1", this.port), 200);
				return;
			}
			catch (IOException ex) {
				waitFor(Duration.ofMillis(100));
			}
		}
		close();
		throw new IllegalStateException("Azurite did not listen on port " + this.port + " within " + START_TIMEOUT);
	}

	private void waitFor(Duration duration) {
		try {
			this.process.waitFor(duration.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while Azurite started", ex);
		}
	}

	/**
	 * Return the connection string of Azurite's account, with its Queue endpoint.
	 * @return the connection string
	 */
	public String connectionString() {
		return connectionString(this.port);
	}

	/**
	 * Return the connection string of Azurite's account on a given Queue port, whether or
	 * not Azurite listens there yet.
	 * @param port the Queue service port
	 * @return the connection string
	 */
	public static String connectionString(int port) {
		return "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=" + ACCOUNT_KEY
				+ ";QueueEndpoint=http://127.0.0.1:" + port + "/devstoreaccount1;";
	}

	/**
	 * Return the Queue service port.
	 * @return the port
	 */
	public int port() {
		return this.port;
	}

	/**
	 * Return a free loopback port, for an Azurite started later.
	 * @return the port
	 */
	public static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException("No free port", ex);
		}
	}

	/**
	 * Stop Azurite and delete its workspace.
	 */
	@Override
	public void close() {
		this.process.destroy();
		try {
			if (!this.process.waitFor(10, TimeUnit.SECONDS)) {
				this.process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		try (Stream<Path> files = Files.walk(this.workspace)) {
			files.sorted(Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
		}
		catch (IOException ex) {
			// why: a leftover temporary directory is harmless
		}
	}

	private static boolean runs(List<String> command, Duration timeout, @Nullable Path log) {
		try {
			ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
			builder.redirectOutput(
					(log != null) ? ProcessBuilder.Redirect.to(log.toFile()) : ProcessBuilder.Redirect.DISCARD);
			Process process = builder.start();
			if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				process.destroyForcibly();
				return false;
			}
			return process.exitValue() == 0;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private static String executable(String tool) {
		boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
		return (windows && tool.equals("npm")) ? "npm.cmd" : tool;
	}

	@Override
	public String toString() {
		return "Azurite[queue port " + this.port + "]";
	}

}
